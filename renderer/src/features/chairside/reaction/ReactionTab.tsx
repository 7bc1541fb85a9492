import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IRR_MEDDRA_CODE,
  OUTCOMES,
  suggestIrrGrade,
  type ReactionDraft,
} from '../../../../../shared/charting/kinds-reaction';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { EntryFooter } from '../EntryFooter';
import { ErrorLine, Radios, TimeField } from '../parts';
import { useEntry } from '../useEntry';
import { GradeDefinitions } from './GradeDefinitions';
import { Medications } from './Medications';
import { Questions } from './Questions';
import { ReactionInfusion } from './ReactionInfusion';
import { SymptomsSection } from './Sections';
import { VitalsSeries } from './VitalsSeries';
import { drugDoseText } from '../../../lib/doses';
import { withColon } from '../../../i18n/colon';

const emptyFor = (drug: VisitDrug, administrationEntryId: string | null): ReactionDraft => ({
  drugId: drug.drugId,
  drugName: drug.drugName,
  administrationEntryId,
  onsetTime: null,
  symptoms: [],
  symptomsText: '',
  vitalsSeries: [],
  medications: [],
  questions: { lifeThreatening: null, interruptionOrTreatment: null, promptResponse: null },
  suggestedGrade: null,
  grade: null,
  ctcaeVersion: '5.0',
  meddraCode: IRR_MEDDRA_CODE,
  infusion: null,
  outcome: null,
  outcomeText: '',
});

/** The drug running now (or interrupted), else the first of the day. */
function runningDrug(context: VisitContext): VisitDrug | undefined {
  const live = context.infusions.find((i) => i.summary.state === 'running' || i.summary.state === 'interrupted');
  return context.drugs.find((d) => d.drugId === live?.drugId) ?? context.drugs[0];
}

export function ReactionTab({ context }: { context: VisitContext }) {
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
      <ReactionForm key={latest?.id ?? 'new'} context={context} entry={latest} drug={drug} />
    </>
  );
}

function ReactionForm(props: { context: VisitContext; entry: ChartEntry | null; drug: VisitDrug }) {
  const { context, entry, drug } = props;
  const { t } = useTranslation();
  const now = () => context.clinicNow;
  const admin = context.entries.find((e) => e.kind === 'administration' && e.payload.drugId === drug.drugId) ?? null;
  const definitions = useQuery('library:get-ctcae-term', { meddraCode: IRR_MEDDRA_CODE });
  const handle = useEntry<ReactionDraft>({
    kind: 'reaction',
    patientId: context.patientId,
    appointmentId: context.appointment.id,
    initial: entry,
    formKey: entry?.entryId ?? `new-${drug.drugId}`,
    empty: emptyFor(drug, admin?.entryId ?? null),
  });
  const { payload: p, update, issues, readOnly } = handle;
  const suggested = suggestIrrGrade(p.questions);
  const severe = p.grade !== null && p.grade >= 3;
  return (
    <form className="cs-form" onSubmit={(event) => event.preventDefault()}>
      <p className="cs-drug-line">
        <strong>{withColon(t('chairside.reaction.drug'))}</strong> {drug.drugName} {drugDoseText(drug)}
      </p>
      <TimeField
        label={t('chairside.reaction.onset')}
        value={p.onsetTime}
        now={now}
        readOnly={readOnly}
        error={issues.onsetTime}
        onChange={(onsetTime) => update({ onsetTime })}
      />
      <ReactionInfusion
        context={context}
        drug={drug}
        entry={handle.entry}
        grade={p.grade}
        readOnly={readOnly}
        ensureSaved={async () => (await handle.saveNow())?.entryId ?? null}
      />
      <SymptomsSection payload={p} update={update} readOnly={readOnly} />
      <VitalsSeries
        series={p.vitalsSeries}
        now={now}
        issues={issues}
        readOnly={readOnly}
        onChange={(vitalsSeries) => update({ vitalsSeries })}
      />
      <Medications
        medications={p.medications}
        now={now}
        issues={issues}
        readOnly={readOnly}
        onChange={(medications) => update({ medications })}
      />
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
            onChange={(grade) => update({ grade })}
          />
        )}
      </fieldset>
      {severe && (
        <div className="cs-label-rule" role="note" data-testid="label-rule">
          <p>
            <span aria-hidden="true">✖ </span>
            <strong>{withColon(t('chairside.reaction.labelRule'))}</strong> {drug.reactionRule}
          </p>
          <p className="field-help">{drug.reactionRuleSource}</p>
          <p>{t('chairside.reaction.prescriberFlag')}</p>
        </div>
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
      <EntryFooter handle={handle} signLabel={t('chairside.reaction.sign')} />
    </form>
  );
}
