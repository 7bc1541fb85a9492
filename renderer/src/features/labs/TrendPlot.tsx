import { useTranslation } from 'react-i18next';
import type { LabResult } from '../../../../shared/ipc/contract/labs';
import { analyteOf, type AnalyteId } from '../../../../shared/labs/analytes';
import { formatDecimal } from '../../../../shared/numbers/decimal';
import { formatDay, formatDayTime } from '../../lib/dates';
import { localeOf } from '../../components/NumberField';
import { colon } from '../../i18n/colon';

// One analyte's trend as a small SVG: values in the analyte's first unit (converted results plot with the
// others), the latest reference range shaded, each dose a dashed line on the time axis. Hand-drawn rather than
// a chart library: a dozen points need no dependency, and the same markup prints.

const W = 560;
const H = 190;
const PAD = { left: 52, right: 44, top: 14, bottom: 34 };

const dayMs = (iso: string) => Date.parse(`${iso.slice(0, 10)}T${iso.length > 10 ? iso.slice(11, 16) : '12:00'}:00Z`);

function niceRange(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi === lo ? Math.max(1, hi * 0.2) : (hi - lo) * 0.12;
  return [Math.max(0, lo - pad), hi + pad];
}

export function TrendPlot(props: {
  analyte: AnalyteId;
  results: LabResult[];
  doses: { date: string; label: string }[];
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const analyte = analyteOf(props.analyte);
  const unit = analyte.units[0]!.unit;
  const name = analyte.names[locale];
  const points = props.results.filter((r) => r.firstUnitValue !== null && r.voided === null);
  if (points.length === 0) return null;
  const latestRange = [...points].reverse().find((r) => r.firstUnitRefHigh !== null || r.firstUnitRefLow !== null);
  const refLow = latestRange?.firstUnitRefLow ?? null;
  const refHigh = latestRange?.firstUnitRefHigh ?? null;
  const [y0, y1] = niceRange([
    ...points.map((p) => p.firstUnitValue!),
    ...(refLow !== null ? [refLow] : []),
    ...(refHigh !== null ? [refHigh] : []),
  ]);
  const times = points.map((p) => dayMs(p.drawnAt));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const doses = props.doses.filter(
    (d) => dayMs(d.date) >= first - 86_400_000 * 7 && dayMs(d.date) <= last + 86_400_000 * 7,
  );
  const t0 = Math.min(first, ...doses.map((d) => dayMs(d.date))) - 86_400_000;
  const t1 = Math.max(last, ...doses.map((d) => dayMs(d.date))) + 86_400_000;
  const x = (ms: number) => PAD.left + ((ms - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const fmt = (v: number) => formatDecimal(Math.round(v * 10 ** analyte.decimals) / 10 ** analyte.decimals, locale);
  const latest = points[points.length - 1]!;
  const summary = t('labs.plot.summary', {
    name,
    count: points.length,
    value: fmt(latest.firstUnitValue!),
    unit,
    date: formatDayTime(latest.drawnAt, locale),
  });
  const ticks = [y0, (y0 + y1) / 2, y1];
  return (
    <figure className="lab-plot" data-testid={`plot-${props.analyte}`}>
      <figcaption>{t('labs.plot.title', { name, unit })}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} width="100%">
        {refLow !== null || refHigh !== null ? (
          <rect
            className="lab-plot-range"
            x={PAD.left}
            width={W - PAD.left - PAD.right}
            y={y(refHigh ?? y1)}
            height={Math.max(0, y(refLow ?? y0) - y(refHigh ?? y1))}
          >
            <title>{t('labs.plot.range')}</title>
          </rect>
        ) : null}
        {ticks.map((v) => (
          <g key={v}>
            <line className="lab-plot-grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="lab-plot-tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {fmt(v)}
            </text>
          </g>
        ))}
        {doses.map((d) => (
          <g key={`${d.date}-${d.label}`} className="lab-plot-dose">
            <line x1={x(dayMs(d.date))} x2={x(dayMs(d.date))} y1={PAD.top} y2={H - PAD.bottom} />
            <text x={x(dayMs(d.date))} y={H - PAD.bottom + 26} textAnchor="middle">
              {t('labs.plot.dose', { label: d.label })}
            </text>
          </g>
        ))}
        <polyline
          className="lab-plot-line"
          points={points.map((p) => `${x(dayMs(p.drawnAt))},${y(p.firstUnitValue!)}`).join(' ')}
        />
        {points.map((p) => {
          const out =
            (refHigh !== null && p.firstUnitValue! > refHigh) || (refLow !== null && p.firstUnitValue! < refLow);
          return (
            <circle
              key={p.id}
              className={out ? 'lab-plot-point lab-plot-out' : 'lab-plot-point'}
              cx={x(dayMs(p.drawnAt))}
              cy={y(p.firstUnitValue!)}
              r={4.5}
            >
              <title>{`${formatDayTime(p.drawnAt, locale)}${colon(locale)} ${p.valueText} ${p.unit}`}</title>
            </circle>
          );
        })}
        <text className="lab-plot-tick" x={x(first)} y={H - PAD.bottom + 13} textAnchor="middle">
          {formatDay(points[0]!.drawnAt.slice(0, 10), locale)}
        </text>
        {last !== first && (
          <text className="lab-plot-tick" x={x(last)} y={H - PAD.bottom + 13} textAnchor="middle">
            {formatDay(latest.drawnAt.slice(0, 10), locale)}
          </text>
        )}
      </svg>
    </figure>
  );
}
