import { useTranslation } from 'react-i18next';
import {
  CONSCIOUSNESS,
  FEVER_THERAPY,
  HYPOTENSION,
  HYPOXIA,
  ICE_ITEMS,
  MOTOR,
  RAISED_ICP,
  SEIZURE,
  crsOf,
  icansOf,
  gradableCapd,
  gradableTemperature,
  type CarTToxicityDraft,
} from '../../../../../shared/charting/kinds-car-t';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import { hhmm, useCoreClock } from '../clock';
import { EntryFooter } from '../EntryFooter';
import { icansTool, type Gradable } from '../../../../../shared/clinical';
import { vitalRules } from '../../../../../shared/charting/vitals';
import { Check, NumberField, Radios, TextField, TimeField } from '../parts';
import { useEntry } from '../useEntry';
import { CapdFields } from './CapdFields';
import { GradeLine } from './GradeLine';
import { IceFields } from './IceFields';
import { tDynamic } from '../../../i18n';

const emptyFor = (planId: string, date: string, ageYears: number | null): CarTToxicityDraft => ({
  planId,
  date,
  time: null,
  temperatureC: null,
  hypotension: null,
  hypoxia: null,
  feverTherapy: null,
  ice: Object.fromEntries(ICE_ITEMS.map((i) => [i, null])) as CarTToxicityDraft['ice'],
  capd: null,
  ageYears,
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

/** A value the grading refuses (101 °C typed for 38.3): not gradable until it is corrected, never grade 0. */
const UNREADABLE: Gradable = { status: 'incomplete', missing: [], lowest: 0, highest: 4, reason: '' };

interface FormProps {
  patientId: string;
  appointmentId: string | null;
  planId: string;
  today: string;
  /** Whole years today (from the date of birth); main recomputes it at the assessment date. */
  ageYears: number | null;
  entry: ChartEntry | null;
}

/** One CAR T toxicity assessment: ASTCT CRS and ICANS, worked out with the library's shared functions. */
export function CarTForm({ patientId, appointmentId, planId, today, ageYears, entry }: FormProps) {
  const { t } = useTranslation();
  const clock = useCoreClock(15_000);
  const handle = useEntry<CarTToxicityDraft>({
    kind: 'car-t-toxicity',
    patientId,
    appointmentId,
    initial: entry,
    empty: emptyFor(planId, today, ageYears),
    // The day 0–14 trend and today's assessment above the form show drafts too.
    draftShownIn: ['charting:car-t', 'chart:list'],
  });
  const { payload: p, update, issues, readOnly } = handle;
  // The age the form grades with locally; main sets the stored one from the date of birth.
  const graded = {
    ...p,
    ageYears: p.ageYears ?? ageYears,
    temperatureC: gradableTemperature(p.temperatureC),
    capd: gradableCapd(p.capd),
  };
  const crs = safely(() => crsOf(graded));
  const icans = safely(() => icansOf(graded));
  const tool = icansTool({ ageYears: graded.ageYears ?? null, developmentalDelay: p.developmentalDelay });
  const radios = <V extends string>(field: keyof CarTToxicityDraft, values: readonly V[], group: string) => (
    <Radios
      legend={tDynamic(`chairside.carT.${group}.legend`, group)}
      options={values.map((v) => ({ value: v, label: tDynamic(`chairside.carT.${group}.${v}`, v) }))}
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
        {radios('hypotension', HYPOTENSION, 'hypotension')}
        {radios('hypoxia', HYPOXIA, 'hypoxia')}
        {radios('feverTherapy', FEVER_THERAPY, 'feverTherapy')}
        <GradeLine testId="crs-grade" label={t('chairside.carT.crs')} result={crs ?? UNREADABLE} />
      </fieldset>
      {tool === 'CAPD' ? (
        <CapdFields capd={p.capd} readOnly={readOnly} error={issues.capd} onChange={(capd) => update({ capd })} />
      ) : (
        <IceFields ice={p.ice} readOnly={readOnly} onChange={(ice) => update({ ice })} />
      )}
      {graded.ageYears !== null && graded.ageYears >= 12 && (
        <Check
          label={t('chairside.carT.developmentalDelay')}
          checked={p.developmentalDelay === true}
          readOnly={readOnly}
          onChange={(developmentalDelay) => update({ developmentalDelay })}
        />
      )}
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
        <GradeLine testId="icans-grade" label={t('chairside.carT.icans')} result={icans ?? UNREADABLE} />
      </fieldset>
      <EntryFooter handle={handle} signLabel={t('chairside.carT.sign')} />
    </form>
  );
}
