import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANALYTES, type Analyte } from '../../../../shared/labs/analytes';
import type { LabLoincCodes } from '../../../../shared/labs/loinc';
import { call, useQuery } from '../../app/api';
import { localeOf } from '../../components/NumberField';
import { CellError, SaveStatus } from './center/parts';
import { useSave } from './center/useSave';

// Settings › Center: the LOINC code the center's laboratory reports for each test, which the FHIR export writes
// with the test's results. One dense row per analyte, every box empty until the center fills it (Chairside
// ships no code: the right one depends on the lab's method and specimen). Read-only for a nurse.

type Draft = Record<string, string>;

const toDraft = (codes: LabLoincCodes): Draft => Object.fromEntries(ANALYTES.map((a) => [a.id, codes[a.id] ?? '']));

export function LabCodesSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const codes = useQuery('labs:loinc-codes', {});
  const save = useSave();
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    if (codes.data) setDraft(toDraft(codes.data));
  }, [codes.data]);

  if (codes.error) return <p className="status status-error">{codes.error.message}</p>;
  if (!draft) return <p>{t('app.loading')}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const saved = await save.run(() => call('labs:save-loinc-codes', { codes: draft }));
    if (saved) setDraft(toDraft(saved));
  }

  return (
    <form className="form lab-codes" aria-labelledby="lab-codes-title" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset disabled={readOnly}>
        <legend id="lab-codes-title">{t('settings.labCodes.title')}</legend>
        <p className="field-help">{t('settings.labCodes.intro')}</p>
        <table className="center-table lab-codes-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.labCodes.test')}</th>
              <th scope="col">{t('settings.labCodes.code')}</th>
            </tr>
          </thead>
          <tbody>
            {ANALYTES.map((analyte) => (
              <CodeRow
                key={analyte.id}
                analyte={analyte}
                value={draft[analyte.id] ?? ''}
                error={save.errors[`codes.${analyte.id}`]}
                onChange={(code) => setDraft({ ...draft, [analyte.id]: code })}
              />
            ))}
          </tbody>
        </table>
      </fieldset>
      {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('settings.labCodes.save')}
          </button>
          <SaveStatus message={save.message} />
        </div>
      )}
    </form>
  );
}

interface CodeRowProps {
  analyte: Analyte;
  value: string;
  error: string | undefined;
  onChange: (code: string) => void;
}

function CodeRow({ analyte, value, error, onChange }: CodeRowProps) {
  const { t, i18n } = useTranslation();
  const errorId = useId();
  const name = analyte.names[localeOf(i18n.language)];
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <input
          className="lab-code-input"
          aria-label={t('settings.labCodes.codeFor', { test: name })}
          value={value}
          maxLength={12}
          spellCheck={false}
          autoComplete="off"
          {...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
          onChange={(e) => onChange(e.target.value)}
        />
        <CellError id={errorId} error={error} />
      </td>
    </tr>
  );
}
