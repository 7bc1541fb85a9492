import { useTranslation } from 'react-i18next';
import {
  CONSCIOUSNESS,
  HYPOTENSION,
  HYPOXIA,
  ICE_ITEMS,
  MOTOR,
  RAISED_ICP,
  SEIZURE,
  crsOf,
  icansOf,
  type CarTToxicityDraft,
} from '../../../../../shared/charting/kinds-car-t';
import { numeric } from '../../../../../shared/charting/common';
import { vitalRules } from '../../../../../shared/charting/vitals';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import { hhmm, useCoreClock } from '../clock';
import { EntryFooter } from '../EntryFooter';
import { Check, NumberField, Radios, TextField, TimeField } from '../parts';
import { useEntry } from '../useEntry';
import { IceFields } from './IceFields';

const emptyFor = (planId: string, date: string): CarTToxicityDraft => ({
  planId,
  date,
  time: null,
  temperatureC: null,
  hypotension: null,
  hypoxia: null,
  feverSuppressingTherapy: false,
  ice: Object.fromEntries(ICE_ITEMS.map((i) => [i, null])) as CarTToxicityDraft['ice'],
  consciousness: null,
  seizure: null,
  motorWeakness: null,
  raisedIcp: null,
  crs: null,
  icans: null,
  gradingSystem: 'ASTCT 2019',
});

function safely<T>(grade: () => T): T | null {
  try {
    return grade();
  } catch {
    return null; // an implausible value: main refuses it and names the field
  }
}

interface FormProps {
  patientId: string;
  appointmentId: string | null;
  planId: string;
  today: string;
  entry: ChartEntry | null;
  onChanged: () => void;
}

/** One CAR T toxicity assessment: ASTCT CRS and ICANS, worked out with the library's shared functions. */
export function CarTForm({ patientId, appointmentId, planId, today, entry, onChanged }: FormProps) {
  const { t } = useTranslation();
  const clock = useCoreClock(15_000);
  const handle = useEntry<CarTToxicityDraft>({
    kind: 'car-t-toxicity',
    patientId,
    appointmentId,
    initial: entry,
    empty: emptyFor(planId, today),
    onSaved: onChanged,
  });
  const { payload: p, update, issues, readOnly } = handle;
  const graded = { ...p, temperatureC: numeric(p.temperatureC) };
  const crs = safely(() => crsOf(graded));
  const icans = safely(() => icansOf(graded));
  const radios = <V extends string>(field: keyof CarTToxicityDraft, values: readonly V[], group: string) => (
    <Radios
      legend={t(`chairside.carT.${group}.legend`)}
      options={values.map((v) => ({ value: v, label: t(`chairside.carT.${group}.${v}`) }))}
      value={p[field] as V | null}
      readOnly={readOnly}
      error={issues[field]}
      onChange={(v) => update({ [field]: v })}
    />
  );
  return (
    <form className="cs-form" onSubmit={(event) => event.preventDefault()}>
      <div className="cs-grid">
        <TextField
          label={t('chairside.carT.date')}
          help="YYYY-MM-DD"
          value={p.date}
          readOnly={readOnly}
          error={issues.date}
          onChange={(date) => update({ date })}
        />
        <TimeField
          label={t('chairside.carT.time')}
          value={p.time}
          now={() => (clock ? hhmm(clock) : null)}
          readOnly={readOnly}
          error={issues.time}
          onChange={(time) => update({ time })}
        />
        <NumberField
          label={t('chairside.vital.temperatureC')}
          unit="°C"
          rules={vitalRules('temperatureC')}
          value={p.temperatureC}
          readOnly={readOnly}
          error={issues.temperatureC}
          onChange={(temperatureC) => update({ temperatureC })}
        />
      </div>
      <fieldset>
        <legend>{t('chairside.carT.crsInputs')}</legend>
        <Check
          label={t('chairside.carT.feverSuppressing')}
          checked={p.feverSuppressingTherapy}
          readOnly={readOnly}
          onChange={(feverSuppressingTherapy) => update({ feverSuppressingTherapy })}
        />
        {radios('hypotension', HYPOTENSION, 'hypotension')}
        {radios('hypoxia', HYPOXIA, 'hypoxia')}
        <GradeLine testId="crs-grade" label={t('chairside.carT.crs')} result={crs} />
      </fieldset>
      <IceFields ice={p.ice} readOnly={readOnly} onChange={(ice) => update({ ice })} />
      <fieldset>
        <legend>{t('chairside.carT.icansInputs')}</legend>
        {radios('consciousness', CONSCIOUSNESS, 'consciousness')}
        {radios('seizure', SEIZURE, 'seizure')}
        {radios('motorWeakness', MOTOR, 'motor')}
        {radios('raisedIcp', RAISED_ICP, 'icp')}
        {issues.ice && (
          <p className="field-error" role="alert">
            ⚠ {issues.ice}
          </p>
        )}
        <GradeLine testId="icans-grade" label={t('chairside.carT.icans')} result={icans} />
      </fieldset>
      <EntryFooter handle={handle} signLabel={t('chairside.carT.sign')} onSigned={onChanged} />
    </form>
  );
}

function GradeLine({
  label,
  result,
  testId,
}: {
  label: string;
  result: { grade: number; reason: string } | null;
  testId: string;
}) {
  const { t } = useTranslation();
  if (!result) {
    return (
      <p className="muted" data-testid={testId}>
        {t('chairside.carT.gradePending', { label })}
      </p>
    );
  }
  return (
    <div
      className={`cs-astct ${result.grade >= 3 ? 'is-severe' : result.grade > 0 ? 'is-present' : 'is-none'}`}
      data-testid={testId}
    >
      <p className="cs-astct-grade">
        <span aria-hidden="true">{result.grade >= 3 ? '✖ ' : result.grade > 0 ? '⚠ ' : '✓ '}</span>
        {t('chairside.carT.gradeIs', { label, grade: result.grade })}
      </p>
      <p className="field-help">{result.reason}</p>
      <p className="field-help">{t('chairside.carT.astctSource')}</p>
    </div>
  );
}
