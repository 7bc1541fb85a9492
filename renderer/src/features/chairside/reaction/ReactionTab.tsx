import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IRR_MEDDRA_CODE,
  OUTCOMES,
  suggestIrrGrade,
  type ReactionPayload,
} from '../../../../../shared/charting/kinds-reaction';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting';
import { useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { hhmm, useCoreClock } from '../clock';
import { EntryFooter } from '../EntryFooter';
import { ErrorLine, Radios, TimeField } from '../parts';
import { useEntry } from '../useEntry';
import { GradeDefinitions } from './GradeDefinitions';
import { ActionsSection, SymptomsSection } from './Sections';
import { Questions } from './Questions';
import { RechallengeFields } from './Rechallenge';
import { VitalsSeries } from './VitalsSeries';

const emptyFor = (drug: VisitDrug, administrationEntryId: string | null): ReactionPayload => ({
  drugId: drug.drugId,
  drugName: drug.drugName,
  administrationEntryId,
  onsetTime: null,
  symptoms: [],
  symptomsText: '',
  vitalsSeries: [],
  stopped: false,
  stoppedAt: null,
  slowed: false,
  medications: [],
  questions: { lifeThreatening: null, interruptionOrTreatment: null, promptResponse: null },
  suggestedGrade: null,
  grade: null,
  ctcaeVersion: '5.0',
  meddraCode: IRR_MEDDRA_CODE,
  rechallenge: null,
  outcome: null,
  outcomeText: '',
});

/** The drug running now (started, not stopped), else the first of the day. */
function runningDrug(context: VisitContext): VisitDrug | undefined {
  const admins = context.entries.filter((e) => e.kind === 'administration');
  const running = admins.find((e) => e.payload.startTime && !e.payload.stopTime);
  return context.drugs.find((d) => d.drugId === running?.payload.drugId) ?? context.drugs[0];
}

export function ReactionTab({ context, onChanged }: { context: VisitContext; onChanged: () => void }) {
  const { t } = useTranslation();
  const reactions = context.entries.filter((e) => e.kind === 'reaction');
  const [fresh, setFresh] = useState(false);
  const latest = fresh ? null : (reactions[0] ?? null);
  const drug = context.drugs.find((d) => d.drugId === latest?.payload.drugId) ?? runningDrug(context);
  if (!drug) return <ErrorLine message={t('chairside.reaction.noDrug')} />;
  return (
    <>
      {reactions.length > 0 && latest?.status === 'signed' && (
        <button type="button" className="button" onClick={() => setFresh(true)}>
          {t('chairside.reaction.another')}
        </button>
      )}
      <ReactionForm key={latest?.id ?? 'new'} context={context} entry={latest} drug={drug} onChanged={onChanged} />
    </>
  );
}

function ReactionForm({
  context,
  entry,
  drug,
  onChanged,
}: {
  context: VisitContext;
  entry: ChartEntry | null;
  drug: VisitDrug;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const clock = useCoreClock(15_000);
  const now = () => (clock ? hhmm(clock) : null);
  const admin = context.entries.find((e) => e.kind === 'administration' && e.payload.drugId === drug.drugId) ?? null;
  const definitions = useQuery('library:get-ctcae-term', { meddraCode: IRR_MEDDRA_CODE });
  const handle = useEntry<ReactionPayload>({
    kind: 'reaction',
    patientId: context.patientId,
    appointmentId: context.appointment.id,
    initial: entry,
    empty: emptyFor(drug, admin?.entryId ?? null),
  });
  const { payload: p, update, issues, readOnly } = handle;
  const suggested = suggestIrrGrade(p.questions);
  const severe = p.grade !== null && p.grade >= 3;
  return (
    <form className="cs-form" onSubmit={(event) => event.preventDefault()}>
      <p className="cs-drug-line">
        <strong>{t('chairside.reaction.drug')}:</strong> {drug.drugName} {drug.doseText}
      </p>
      <TimeField
        label={t('chairside.reaction.onset')}
        value={p.onsetTime}
        now={now}
        readOnly={readOnly}
        error={issues.onsetTime}
        onChange={(onsetTime) => update({ onsetTime })}
      />
      <SymptomsSection payload={p} update={update} readOnly={readOnly} />
      <VitalsSeries
        series={p.vitalsSeries}
        now={now}
        issues={issues}
        readOnly={readOnly}
        onChange={(vitalsSeries) => update({ vitalsSeries })}
      />
      <ActionsSection payload={p} update={update} issues={issues} now={now} readOnly={readOnly} />
      <fieldset>
        <legend>{t('chairside.reaction.grading')}</legend>
        <Questions questions={p.questions} readOnly={readOnly} onChange={(questions) => update({ questions })} />
        {definitions.error && <ErrorLine message={definitions.error.message} />}
        {definitions.data && (
          <GradeDefinitions
            detail={definitions.data}
            value={p.grade}
            suggested={suggested}
            readOnly={readOnly}
            error={issues.grade}
            onChange={(grade) => update({ grade, ...(grade >= 3 ? { rechallenge: null } : {}) })}
          />
        )}
      </fieldset>
      {severe ? (
        <div className="cs-label-rule" role="note" data-testid="label-rule">
          <p>
            <span aria-hidden="true">✖ </span>
            <strong>{t('chairside.reaction.labelRule')}:</strong> {drug.reactionRule}
          </p>
          <p className="field-help">{drug.reactionRuleSource}</p>
          <p>{t('chairside.reaction.prescriberFlag')}</p>
        </div>
      ) : (
        <RechallengeFields
          drug={drug}
          rateBefore={(admin?.payload.rateMlPerHour as number | null) ?? null}
          value={p.rechallenge}
          now={now}
          readOnly={readOnly}
          lang={lang}
          onChange={(rechallenge) => update({ rechallenge })}
        />
      )}
      <Radios
        legend={t('chairside.reaction.outcome')}
        inline
        options={OUTCOMES.map((o) => ({ value: o, label: t(`chairside.reaction.outcomes.${o}`) }))}
        value={p.outcome}
        readOnly={readOnly}
        error={issues.outcome}
        onChange={(outcome) => update({ outcome })}
      />
      <Field label={t('chairside.reaction.outcomeText')}>
        <textarea value={p.outcomeText} readOnly={readOnly} onChange={(e) => update({ outcomeText: e.target.value })} />
      </Field>
      <EntryFooter handle={handle} signLabel={t('chairside.reaction.sign')} onSigned={onChanged} />
    </form>
  );
}
