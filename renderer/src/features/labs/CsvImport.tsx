import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewCsv, type CsvPreview } from '../../../../shared/labs/csv';
import { useMutation } from '../../app/api';
import { LAB_READS } from './lab-reads';
import { Field } from '../../components/Field';
import { localeOf } from '../../components/NumberField';
import { isoDay, useCoreClock } from '../chairside';
import { csvFileProblemText, labProblemText } from './problems';

// A lab system's CSV export, pasted or opened: a preview of every row with its problems; nothing is written
// until the nurse confirms, and the confirm button only exists when every row reads correctly.

function PreviewTable({ preview }: { preview: CsvPreview }) {
  const { t } = useTranslation();
  return (
    <table className="lab-table" data-testid="csv-preview">
      <thead>
        <tr>
          <th>#</th>
          <th>{t('labs.entry.analyte')}</th>
          <th>{t('labs.table.drawn')}</th>
          <th>{t('labs.table.value')}</th>
          <th>{t('labs.table.range')}</th>
          <th>✓</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((r) => (
          <tr key={r.line} className={r.problems.length > 0 ? 'lab-row-refused' : undefined}>
            <td>{t('labs.csv.line', { line: r.line })}</td>
            <td>{r.input.analyte}</td>
            <td>{r.input.drawnAt}</td>
            <td>
              {r.input.value} {r.input.unit}
            </td>
            <td>{[r.input.refLow, r.input.refHigh].filter(Boolean).join('–')}</td>
            <td>
              {r.problems.length === 0 ? (
                t('labs.csv.ok')
              ) : (
                <ul className="status status-error">
                  {r.problems.map((p) => (
                    <li key={`${p.field}-${p.code}`}>{labProblemText(p)}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CsvImport({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const clock = useCoreClock(60_000);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const entering = useMutation('labs:enter', { invalidates: LAB_READS });
  const show = (csv: string) => setPreview(previewCsv(csv, locale, clock ? isoDay(clock) : '9999-12-31'));
  const confirm = async () => {
    if (!preview?.isClean) return;
    try {
      await entering.run({ patientId, results: preview.rows.map((r) => r.input), method: 'csv', locale });
      setStatus(t('labs.entry.saved', { count: preview.rows.length }));
      setText('');
      setPreview(null);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="lab-csv" aria-labelledby="lab-csv-title">
      <h3 id="lab-csv-title">{t('labs.csv.title')}</h3>
      <Field label={t('labs.csv.paste')}>
        <textarea
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(e) => (setText(e.target.value), setPreview(null))}
        />
      </Field>
      <Field label={t('labs.csv.open')}>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then((csv) => (setText(csv), show(csv)));
          }}
        />
      </Field>
      <div className="form-actions">
        <button type="button" className="button-secondary" disabled={text.trim() === ''} onClick={() => show(text)}>
          {t('labs.csv.preview')}
        </button>
        {preview?.isClean && (
          <button type="button" onClick={() => void confirm()}>
            {t('labs.csv.confirm', { count: preview.rows.length })}
          </button>
        )}
      </div>
      {preview && (
        <>
          {preview.fileProblems.map((p) => (
            <p key={p.code} className="status status-error" role="alert">
              {csvFileProblemText(p)}
            </p>
          ))}
          <p className={`status ${preview.isClean ? 'status-ok' : 'status-warn'}`} role="status">
            {t(preview.isClean ? 'labs.csv.clean' : 'labs.csv.notClean')}
          </p>
          {preview.rows.length > 0 && <PreviewTable preview={preview} />}
        </>
      )}
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}
