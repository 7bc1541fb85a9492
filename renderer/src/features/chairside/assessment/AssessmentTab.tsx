import { useTranslation } from 'react-i18next';
import type { AssessmentDraft } from '../../../../../shared/charting/kinds-visit';
import { EMPTY_VITALS } from '../../../../../shared/charting/vitals';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting-visit';
import { Field } from '../../../components/Field';
import { hhmm, useCoreClock } from '../clock';
import { EntryFooter } from '../EntryFooter';
import { useEntry } from '../useEntry';
import { ReadyPanel } from '../../labs';
import { EMPTY_READY, PremedicationFields } from './PremedicationFields';
import { SymptomScreen } from './SymptomScreen';
import { VitalsFields } from './VitalsFields';

const EMPTY: AssessmentDraft = { vitals: EMPTY_VITALS, flags: [], screen: {}, screenNotes: '', ready: EMPTY_READY };

/** Pre-infusion assessment: vitals, the immune-related symptom screen, premedication and Ready to treat. */
export function AssessmentTab({ context }: { context: VisitContext }) {
  const { t } = useTranslation();
  const clock = useCoreClock(30_000);
  const initial = context.entries.find((e) => e.kind === 'assessment') ?? null;
  const handle = useEntry<AssessmentDraft>({
    kind: 'assessment',
    patientId: context.patientId,
    appointmentId: context.appointment.id,
    initial,
    empty: EMPTY,
    // Ready to treat reads the saved draft's vitals and steroid answer.
    draftShownIn: ['ready:evaluate'],
  });
  const { payload, update, issues, readOnly } = handle;
  return (
    <form className="cs-form" onSubmit={(event) => event.preventDefault()}>
      <VitalsFields
        vitals={payload.vitals}
        thresholds={context.thresholds}
        thresholdsAreDefault={context.thresholdsAreDefault}
        issues={issues}
        readOnly={readOnly}
        onChange={(vitals) => update({ vitals })}
      />
      <SymptomScreen
        answers={payload.screen}
        issues={issues}
        readOnly={readOnly}
        onChange={(screen) => update({ screen })}
      />
      <Field label={t('chairside.assessment.screenNotes')}>
        <textarea
          value={payload.screenNotes}
          readOnly={readOnly}
          onChange={(e) => update({ screenNotes: e.target.value })}
        />
      </Field>
      <PremedicationFields
        ready={payload.ready}
        premedication={context.premedication}
        issues={issues}
        readOnly={readOnly}
        now={() => (clock ? hhmm(clock) : null)}
        onChange={(ready) => update({ ready })}
      />
      <ReadyPanel
        appointmentId={context.appointment.id}
        patientId={context.patientId}
        planId={context.plan.id}
        steroidMgPerDay={payload.ready.steroidMgPerDay}
        readOnly={readOnly}
        onSteroid={(steroidMgPerDay) => update({ ready: { ...payload.ready, steroidMgPerDay } })}
      />
      <EntryFooter handle={handle} signLabel={t('chairside.assessment.sign')} />
    </form>
  );
}
