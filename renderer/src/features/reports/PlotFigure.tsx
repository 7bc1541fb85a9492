import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { PlotOptions } from '../../../../shared/reports/plots';

// Draws one report plot (Observable Plot → SVG) into the page. Plot adds <style> elements for its own
// layout; the app's CSP allows no inline style, so they are removed before the plot enters the document and
// the same rules live in reports.css under the fixed class name `report-plot`.

export const PLOT_CLASS = 'report-plot';

export function PlotFigure({ options }: { options: PlotOptions }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const figure = Plot.plot({ ...options, className: PLOT_CLASS });
    figure.querySelectorAll('style').forEach((s) => s.remove());
    box.current?.replaceChildren(figure);
    return () => figure.remove();
  }, [options]);
  return <div ref={box} className="report-plot-box" />;
}
