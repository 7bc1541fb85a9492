import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, useQuery } from '../../app/api';
import {
  EXPORT_DATASETS,
  MAX_REPORT_DAYS,
  REPORT_SECTIONS,
  type ReportRange,
} from '../../../../shared/ipc/contract/reports';
import { addDays } from '../../../../shared/scheduling/chooseDay';
import { useNow } from '../schedule';
import { FhirExports } from './FhirExports';
import { ReportSectionView } from './ReportSectionView';
import { useReportText } from './report-text';
import { SaveAction } from './SaveAction';
import './reports.css';
import { Alert } from '../../components/Alert';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a typed range, in the reader's words; null when it can be asked for. */
export function rangeProblem(from: string, to: string): 'rangeMissing' | 'rangeOrder' | 'rangeLength' | null {
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) {
    return 'rangeMissing';
  }
  if (to < from) return 'rangeOrder';
  if (addDays(from, MAX_REPORT_DAYS) <= to) return 'rangeLength';
  return null;
}

function RangeForm(props: { initial: ReportRange; onShow: (r: ReportRange) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(props.initial.from);
  const [to, setTo] = useState(props.initial.to);
  const [problem, setProblem] = useState<ReturnType<typeof rangeProblem>>(null);
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = rangeProblem(from, to);
    setProblem(found);
    if (!found) props.onShow({ from, to });
  }
  return (
    <form className="report-range" onSubmit={submit} noValidate>
      <label>
        {t('reports.from')}
        <input type="text" inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="YYYY-MM-DD" />
      </label>
      <label>
        {t('reports.to')}
        <input type="text" inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} placeholder="YYYY-MM-DD" />
      </label>
      <button type="submit">{t('reports.show')}</button>
      {problem && (
        <Alert>{t(`reports.${problem}`)}</Alert>
      )}
    </form>
  );
}

function Exports({ range }: { range: ReportRange }) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-exports-title">
      <h2 id="report-exports-title">{t('reports.exportsTitle')}</h2>
      <p>{t('reports.exportsIntro')}</p>
      <ul className="report-exports">
        {EXPORT_DATASETS.map((dataset) => (
          <li key={dataset}>
            <SaveAction
              label={`${t(`reports.dataset.${dataset}`)} (CSV)…`}
              run={() => call('reports:export-csv', { ...range, dataset })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Report({ range }: { range: ReportRange }) {
  const { t } = useTranslation();
  const w = useReportText();
  const language = w.language;
  const summary = useQuery('reports:summary', range);
  if (summary.error) {
    return (
      <Alert>{summary.error.message}</Alert>
    );
  }
  if (!summary.data) return <p>{t('app.loading')}</p>;
  return (
    <>
      <SaveAction label={t('reports.savePdf')} run={() => call('reports:save-pdf', { ...range, language })} />
      {REPORT_SECTIONS.map((section) => (
        <ReportSectionView key={section} section={section} summary={summary.data!} range={range} w={w} />
      ))}
      <Exports range={range} />
      <FhirExports range={range} />
    </>
  );
}

/** For charge nurses and administrators: the center's figures over a date range, with plots, tables and files. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const now = useNow();
  const [range, setRange] = useState<ReportRange | null>(null);
  const today = now?.date ?? null;
  // The last four weeks up to today, until the reader asks for another range.
  useEffect(() => {
    if (today && !range) setRange({ from: addDays(today, -27), to: today });
  }, [today, range]);
  return (
    <section aria-labelledby="screen-title" className="reports-screen">
      <h1 id="screen-title">{t('reports.title')}</h1>
      <p>{t('reports.intro')}</p>
      {range && (
        <>
          <RangeForm key={`form-${range.from}/${range.to}`} initial={range} onShow={setRange} />
          <Report key={`report-${range.from}/${range.to}`} range={range} />
        </>
      )}
    </section>
  );
}
