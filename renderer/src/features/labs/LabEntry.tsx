import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANALYTES,
  analyteOf,
  QUALITATIVE_RESULTS,
  unitOf,
  toFirstUnit,
  type AnalyteId,
} from '../../../../shared/labs/analytes';
import { checkLabResult, type LabProblem, type LabResultInput } from '../../../../shared/labs/entry';
import { formatDecimal, readDecimal } from '../../../../shared/numbers/decimal';
import { ApiError, useMutation } from '../../app/api';
import { LAB_READS } from './lab-reads';
import { Field } from '../../components/Field';
import { localeOf, NumberField } from '../../components/NumberField';
import { useCoreClock, isoDay } from '../chairside';
import { labProblemText, problemsByRow } from './problems';

// Results typed by hand, one row per result: the value with the app's number field, the unit one the test
// is reported in (the converted value is shown beside it, so mg/dL creatinine is never read as µmol/L).

interface Row extends LabResultInput {
  key: number;
  comparator: '' | '<' | '>';
}

const emptyRow = (key: number, drawnAt: string): Row => ({
  key,
  analyte: 'creatinine',
  drawnAt,
  value: '',
  unit: 'µmol/L',
  refLow: '',
  refHigh: '',
  comparator: '',
});

function Converted({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const analyte = analyteOf(row.analyte as AnalyteId);
  const unit = unitOf(analyte, row.unit);
  const reading = readDecimal(row.value, locale);
  if (!unit || unit.factor === 1 || reading.kind !== 'number') return null;
  const first = analyte.units[0]!.unit;
  return (
    <p className="field-help" data-testid="converted">
      {t('labs.entry.converted', { value: formatDecimal(toFirstUnit(reading.value, unit), locale), unit: first })}
    </p>
  );
}

function EntryRow(props: { row: Row; problems: LabProblem[]; onChange: (row: Row) => void; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = localeOf(i18n.language);
  const { row, onChange } = props;
  const analyte = analyteOf(row.analyte as AnalyteId);
  const problem = (field: string) => {
    const found = props.problems.find((p) => p.field === field);
    return found ? labProblemText(found) : undefined;
  };
  return (
    <fieldset className="lab-row" data-testid="lab-row">
      <Field label={t('labs.entry.analyte')} error={problem('analyte')}>
        <select
          value={row.analyte}
          onChange={(e) =>
            onChange({ ...row, analyte: e.target.value, unit: analyteOf(e.target.value as AnalyteId).units[0]!.unit })
          }
        >
          {ANALYTES.map((a) => (
            <option key={a.id} value={a.id}>
              {a.names[lang]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('labs.entry.drawnAt')} error={problem('drawnAt')}>
        <input
          type="text"
          value={row.drawnAt}
          autoComplete="off"
          onChange={(e) => onChange({ ...row, drawnAt: e.target.value })}
        />
      </Field>
      {analyte.isQualitative ? (
        <Field label={t('labs.entry.value')} error={problem('value')}>
          <select value={row.value} onChange={(e) => onChange({ ...row, value: e.target.value })}>
            <option value="" />
            {QUALITATIVE_RESULTS.map((v) => (
              <option key={v} value={v}>
                {t(`labs.entry.qualitative.${v}`)}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <>
          <Field label="<, =, >">
            <select
              value={row.comparator}
              onChange={(e) => onChange({ ...row, comparator: e.target.value as Row['comparator'] })}
            >
              <option value="">=</option>
              <option value="<">&lt;</option>
              <option value=">">&gt;</option>
            </select>
          </Field>
          <NumberField
            label={t('labs.entry.value')}
            value={row.value}
            onText={(value) => onChange({ ...row, value })}
            error={problem('value')}
            after={<Converted row={row} />}
          />
          <Field label={t('labs.entry.unit')} error={problem('unit')}>
            <select value={row.unit} onChange={(e) => onChange({ ...row, unit: e.target.value })}>
              {analyte.units.map((u) => (
                <option key={u.unit} value={u.unit}>
                  {u.unit}
                </option>
              ))}
            </select>
          </Field>
          <NumberField
            label={t('labs.entry.refLow')}
            value={row.refLow ?? ''}
            onText={(refLow) => onChange({ ...row, refLow })}
            error={problem('refLow')}
          />
          <NumberField
            label={t('labs.entry.refHigh')}
            value={row.refHigh ?? ''}
            onText={(refHigh) => onChange({ ...row, refHigh })}
            error={problem('refHigh')}
          />
        </>
      )}
      <button type="button" className="button-secondary" onClick={props.onRemove}>
        {t('labs.entry.removeRow')}
      </button>
    </fieldset>
  );
}

const toInput = ({ key: _k, comparator, ...row }: Row): LabResultInput => ({
  ...row,
  value: `${comparator}${row.value}`,
});

export function LabEntry({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const clock = useCoreClock(60_000);
  const today = clock ? isoDay(clock) : '9999-12-31';
  const [rows, setRows] = useState<Row[]>(() => [emptyRow(1, '')]);
  const [problems, setProblems] = useState<LabProblem[][]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const entering = useMutation('labs:enter', { invalidates: LAB_READS });
  const save = async () => {
    const inputs = rows.map(toInput);
    const local = inputs.map((r) => checkLabResult(r, locale, today));
    setProblems(local.map((c) => (c.ok ? [] : c.problems)));
    if (local.some((c) => !c.ok)) return setStatus(t('labs.entry.problems'));
    try {
      await entering.run({ patientId, results: inputs, method: 'hand', locale });
      setStatus(t('labs.entry.saved', { count: inputs.length }));
      setRows([emptyRow(Date.now(), rows[rows.length - 1]!.drawnAt)]);
      setProblems([]);
    } catch (error) {
      const refused = error instanceof ApiError ? problemsByRow(error, rows.length) : [];
      setProblems(refused);
      // The core's refusal names each row's fields like the form's own check: say it the same way.
      if (refused.some((row) => row.length > 0)) return setStatus(t('labs.entry.problems'));
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section className="lab-entry" aria-labelledby="lab-entry-title">
      <h3 id="lab-entry-title">{t('labs.entry.title')}</h3>
      {rows.map((row, i) => (
        <EntryRow
          key={row.key}
          row={row}
          problems={problems[i] ?? []}
          onChange={(next) => setRows(rows.map((r) => (r.key === row.key ? next : r)))}
          onRemove={() => setRows(rows.length > 1 ? rows.filter((r) => r.key !== row.key) : [emptyRow(Date.now(), '')])}
        />
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="button-secondary"
          onClick={() => setRows([...rows, emptyRow(Date.now(), rows[rows.length - 1]!.drawnAt)])}
        >
          {t('labs.entry.addRow')}
        </button>
        <button type="button" onClick={() => void save()}>
          {t('labs.entry.save')}
        </button>
      </div>
      {status && (
        <p className="status" role="status" data-testid="lab-entry-status">
          {status}
        </p>
      )}
    </section>
  );
}
