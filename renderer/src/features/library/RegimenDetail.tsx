import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Regimen, RegimenPhase } from '../../../../shared/clinical';
import type { RegimenDetail as RegimenDetailData, RegimenDrug } from '../../../../shared/ipc/contract/library';
import type { EffectiveOverride } from '../../../../shared/ipc/contract/library-overrides';
import { useQuery } from '../../app/api';
import { PATIENT_LIMITS } from '../../../../shared/ipc/contract/patients';
import { Field } from '../../components/Field';
import { NumberField, typedNumber } from '../../components/NumberField';
import { useIntervalText, useMinutesText } from './DrugDetail';
import { dayText, isRealDate, useDoseRuleText, unverifiedAt, unverifiedLeftOver, unverifiedWithin } from './format';
import {
  CenterBadge,
  Fact,
  LookAlikeWarning,
  OverrideNote,
  Problem,
  Sources,
  UnverifiedMarks,
  VerificationBadge,
} from './parts';
import { libraryHref } from './route';
import { SchedulePreview } from './SchedulePreview';
import { ClinicalText, RegimenName } from '../../lib/clinicalText';

// A regimen: its phases as the library defines them, and a preview of the visits for a start date and
// weight, worked out in the core exactly as a plan would be.

function PhaseItems({
  regimen,
  phase,
  p,
  drugs,
  overrides,
}: {
  regimen: Regimen;
  phase: RegimenPhase;
  p: number;
  drugs: readonly RegimenDrug[];
  overrides: readonly EffectiveOverride[];
}) {
  const { t, i18n } = useTranslation();
  const minutes = useMinutesText();
  const doseText = useDoseRuleText();
  return (
    <ul className="lib-items">
      {phase.items.map((item, i) => {
        const drug = drugs.find((d) => d.id === item.drugId);
        const time = item.infusionMinutes ?? drug?.infusionMinutes;
        const prefix = `phases.${p}.items.${i}`;
        return (
          <li key={`${item.drugId}-${item.order}`} className="lib-item">
            <p className="lib-item-title">
              {t('library.order', { order: item.order })} ·{' '}
              <a href={libraryHref('drug', item.drugId)}>
                {drug ? `${drug.brandName} (${drug.genericName})` : item.drugId}
              </a>
            </p>
            <p lang={i18n.language}>
              <strong>{doseText(item.dose)}</strong>
              {item.onPhaseDoses && <> · {t('library.onDoses', { doses: item.onPhaseDoses.join(', ') })}</>}
            </p>
            {time && <p lang={i18n.language}>{minutes(time.first, time.subsequent, time.subsequentCondition)}</p>}
            {overrides
              .filter((o) => o.fieldPath.startsWith(`${prefix}.`))
              .map((o) => (
                <OverrideNote key={o.fieldPath} override={o} />
              ))}
            <UnverifiedMarks entries={unverifiedWithin(regimen, prefix)} />
          </li>
        );
      })}
    </ul>
  );
}

function Phases({
  regimen,
  drugs,
  overrides,
}: {
  regimen: Regimen;
  drugs: readonly RegimenDrug[];
  overrides: readonly EffectiveOverride[];
}) {
  const { t } = useTranslation();
  const interval = useIntervalText();
  return (
    <section className="lib-section" aria-labelledby="lib-phases">
      <h3 id="lib-phases">{t('library.phases')}</h3>
      <ol className="lib-phases">
        {regimen.phases.map((phase, p) => (
          <li key={phase.id} className="lib-phase">
            <p className="lib-item-title">
              <ClinicalText text={phase.label} />
            </p>
            <p>
              {interval(phase.intervalDays)} ·{' '}
              {phase.doses === null ? t('library.openEnded') : t('library.doseCount', { count: phase.doses })}
              {phase.maxDuration && (
                <>
                  {' · '}
                  <ClinicalText text={phase.maxDuration.text} />
                </>
              )}
            </p>
            {overrides
              .filter((o) => o.fieldPath === `phases.${p}.intervalDays` || o.fieldPath === `phases.${p}.doses`)
              .map((o) => (
                <OverrideNote key={o.fieldPath} override={o} />
              ))}
            <UnverifiedMarks
              entries={[
                ...unverifiedAt(regimen, `phases.${p}`),
                ...unverifiedWithin(regimen, `phases.${p}.intervalDays`),
                ...unverifiedWithin(regimen, `phases.${p}.doses`),
              ]}
            />
            <PhaseItems regimen={regimen} phase={phase} p={p} drugs={drugs} overrides={overrides} />
          </li>
        ))}
      </ol>
    </section>
  );
}

const WEIGHT_RULES = { ...PATIENT_LIMITS.weightKg, decimals: 1 };

function Preview({ id, initial }: { id: string; initial: RegimenDetailData['preview'] }) {
  const { t, i18n } = useTranslation();
  const [startDate, setStartDate] = useState(initial.startDate);
  const [weight, setWeight] = useState('');
  // Only a weight the field accepts is worked out; anything else is said beside the field, never guessed.
  const weightKg = typedNumber(weight, i18n.language, WEIGHT_RULES);
  const input = {
    id,
    startDate: isRealDate(startDate) ? startDate : initial.startDate,
    visits: 8,
    ...(typeof weightKg === 'number' ? { weightKg } : {}),
  };
  const preview = useQuery('library:get-regimen', input);
  const shown = preview.data?.preview ?? initial;
  return (
    <section className="lib-section" aria-labelledby="lib-preview">
      <h3 id="lib-preview">{t('library.preview')}</h3>
      <p className="lib-help">{t('library.previewHelp')}</p>
      <div className="lib-preview-controls">
        <Field
          label={t('library.startDate')}
          help={isRealDate(startDate) ? dayText(startDate, i18n.language) : t('library.dateFormat')}
          error={isRealDate(startDate) ? undefined : t('library.dateFormat')}
        >
          <input
            value={startDate}
            inputMode="numeric"
            maxLength={10}
            autoComplete="off"
            onChange={(e) => setStartDate(e.target.value)}
          />
        </Field>
        <NumberField
          label={t('library.weightKg')}
          unit="kg"
          help={t('library.weightHelp')}
          rules={WEIGHT_RULES}
          value={weight}
          onText={setWeight}
        />
      </div>
      {preview.error && <Problem text={preview.error.message} />}
      <SchedulePreview visits={shown.visits} problem={shown.problem} />
      {shown.end && (
        <p className="status status-ok" data-testid="regimen-end">
          <span aria-hidden="true">■ </span>
          {t('library.stopsBecause', { text: shown.end.text })}
        </p>
      )}
    </section>
  );
}

export function RegimenDetail({ data }: { data: RegimenDetailData }) {
  const { t } = useTranslation();
  const { regimen, drugs, overrides, origin } = data;
  const leftOver = unverifiedLeftOver(regimen, ['phases', 'notes', 'slot', 'setting', 'name']);
  const fromLibrary = origin !== 'center';
  return (
    <article className="lib-detail" aria-labelledby="lib-detail-title">
      <header className="lib-detail-header">
        <h2 id="lib-detail-title">
          <RegimenName name={regimen.name} library={fromLibrary} />
        </h2>
        <p className="lib-detail-sub">
          <RegimenName name={regimen.setting} library={fromLibrary} /> ·{' '}
          {t(regimen.slot === 'injection' ? 'library.slotInjection' : 'library.slotChair')}
        </p>
        {origin === 'center' && <CenterBadge />}{' '}
        <VerificationBadge verification={regimen.verification} count={regimen.unverified.length} />
      </header>
      {drugs.map((d) => (
        <LookAlikeWarning key={d.id} text={d.lookAlikeWarning} />
      ))}
      <Phases regimen={regimen} drugs={drugs} overrides={overrides} />
      {(regimen.notes.length > 0 || leftOver.length > 0) && (
        <dl className="lib-facts">
          {regimen.notes.length > 0 && (
            <Fact label={t('library.fact.notes')} unverified={unverifiedWithin(regimen, 'notes')}>
              <ul className="lib-bullets">
                {regimen.notes.map((note) => (
                  <li key={note}>
                    <RegimenName name={note} library={fromLibrary} />
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {leftOver.length > 0 && (
            <Fact label={t('library.fact.otherUnverified')} unverified={leftOver}>
              {null}
            </Fact>
          )}
        </dl>
      )}
      <Preview key={regimen.id} id={regimen.id} initial={data.preview} />
      <Sources sources={regimen.sources} />
    </article>
  );
}
