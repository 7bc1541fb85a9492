import { useMemo } from 'react';
import { call } from '../../app/api';
import type { ReportRange, ReportSection, ReportSummary } from '../../../../shared/ipc/contract/reports';
import { SECTION_VIEWS } from '../../../../shared/reports/plots';
import { SECTION_TABLES } from '../../../../shared/reports/tables';
import type { ReportText } from '../../../../shared/reports/text';
import { PlotFigure } from './PlotFigure';
import { ReportTableView } from './ReportTableView';
import { colon } from '../../i18n/colon';
import { SaveAction } from './SaveAction';

/** One section of the report: its summary sentence, its plot(s) and its table side by side, and its CSV. */
export function ReportSectionView(props: {
  section: ReportSection;
  summary: ReportSummary;
  range: ReportRange;
  w: ReportText;
}) {
  const { section, summary, range, w } = props;
  const view = useMemo(() => SECTION_VIEWS[section](summary, w), [section, summary, w]);
  const table = useMemo(() => SECTION_TABLES[section](summary, w), [section, summary, w]);
  const titleId = `report-${section}-title`;
  return (
    <section className="report-section" aria-labelledby={titleId} data-section={section}>
      <h2 id={titleId}>{w.t(`section.${section}`)}</h2>
      <p className="report-summary">{view.summary}</p>
      <div className="report-pair">
        <div className="report-plots">
          {view.plots.map((options, i) => (
            <PlotFigure key={i} options={options} />
          ))}
        </div>
        <ReportTableView table={table} caption={`${w.t('table')}${colon(w.language)} ${w.t(`section.${section}`)}`} w={w} />
      </div>
      <SaveAction
        label={w.t('exportCsv')}
        run={() => call('reports:export-section', { ...range, section })}
      />
    </section>
  );
}
