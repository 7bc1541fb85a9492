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
import { REPORT_WORDS, type ReportWords } from '../../../../shared/reports/words';
import { useNow } from '../schedule';
import { FhirExports } from './FhirExports';
import { ReportSectionView } from './ReportSectionView';
import { SaveAction } from './SaveAction';
import './reports.css';
import { Alert } from '../../components/Alert';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a typed range, in the reader's words; null when it can be asked for. */
export function rangeProblem(from: string, to: string, w: ReportWords): string | null {
  if (!ISO_DAY.test(from) || !ISO_DAY.test(to) || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to))) {
    return w.rangeMissing;
  }
  if (to < from) return w.rangeOrder;
  if (addDays(from, MAX_REPORT_DAYS) <= to) return w.rangeLength;
  return null;
}

function RangeForm(props: { initial: ReportRange; onShow: (r: ReportRange) => void; w: ReportWords }) {
  const { w } = props;
  const [from, setFrom] = useState(props.initial.from);
  const [to, setTo] = useState(props.initial.to);
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = rangeProblem(from, to, w);
    setProblem(found);
    if (!found) props.onShow({ from, to });
  }
  return (
    <form className="report-range" onSubmit={submit} noValidate>
      <label>
        {w.from}
        <input type="text" inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} placeholder="YYYY-MM-DD" />
      </label>
      <label>
        {w.to}
        <input type="text" inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} placeholder="YYYY-MM-DD" />
      </label>
      <button type="submit">{w.show}</button>
      {problem && (
        <Alert>{problem}</Alert>
      )}
    </form>
  );
}

function Exports({ range, w }: { range: ReportRange; w: ReportWords }) {
  return (
    <section className="report-section" aria-labelledby="report-exports-title">
      <h2 id="report-exports-title">{w.exportsTitle}</h2>
      <p>{w.exportsIntro}</p>
      <ul className="report-exports">
        {EXPORT_DATASETS.map((dataset) => (
          <li key={dataset}>
            <SaveAction
              label={`${w.dataset[dataset]} (CSV)…`}
              w={w}
              run={() => call('reports:export-csv', { ...range, dataset })}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Report({ range, w, language }: { range: ReportRange; w: ReportWords; language: 'en' | 'fr' }) {
  const { t } = useTranslation();
  const summary = useQuery('reports:summary', range);
  if (summary.error) {
    return (
      <Alert>{summary.error.message}</Alert>
    );
  }
  if (!summary.data) return <p>{t('app.loading')}</p>;
  return (
    <>
      <SaveAction label={w.savePdf} w={w} run={() => call('reports:save-pdf', { ...range, language })} />
      {REPORT_SECTIONS.map((section) => (
        <ReportSectionView key={section} section={section} summary={summary.data!} range={range} w={w} />
      ))}
      <Exports range={range} w={w} />
      <FhirExports range={range} w={w} language={language} />
    </>
  );
}

/** For charge nurses and administrators: the center's figures over a date range, with plots, tables and files. */
export function ReportsScreen() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const w = REPORT_WORDS[language];
  const now = useNow();
  const [range, setRange] = useState<ReportRange | null>(null);
  const today = now?.date ?? null;
  // The last four weeks up to today, until the reader asks for another range.
  useEffect(() => {
    if (today && !range) setRange({ from: addDays(today, -27), to: today });
  }, [today, range]);
  return (
    <section aria-labelledby="screen-title" className="reports-screen">
      <h1 id="screen-title">{w.title}</h1>
      <p>{w.intro}</p>
      {range && (
        <>
          <RangeForm key={`form-${range.from}/${range.to}`} initial={range} onShow={setRange} w={w} />
          <Report key={`report-${range.from}/${range.to}`} range={range} w={w} language={language} />
        </>
      )}
    </section>
  );
}
