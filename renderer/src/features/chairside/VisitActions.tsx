import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesOf } from '../../../../shared/charting/common';
import { canHold, observationMinutesLeft, type VisitPhase } from '../../../../shared/charting/visit-phase';
import type { VisitContext } from '../../../../shared/ipc/contract/charting-visit';
import { ApiError, useMutation } from '../../app/api';
import { issueText } from '../../components/refusal-text';
import { ActionDialog } from './administration/ActionDialog';
import { CHART_READS } from './chart-reads';
import { PHASE_ICONS } from '../schedule';
import { hhmm, newRequestId, useCoreClock } from './clock';
import { Alert } from '../../components/Alert';

/** The visit's phase as colour + icon + text, with the minutes of observation left. */
export function PhaseChip({ phase, observationEnds }: { phase: VisitPhase; observationEnds: string | null }) {
  const { t } = useTranslation();
  const clock = useCoreClock(15_000);
  const left = observationEnds && clock ? observationMinutesLeft(observationEnds, hhmm(clock)) : null;
  return (
    <span className={`status-chip phase-${phase}`} data-testid="visit-phase">
      <span aria-hidden="true">{PHASE_ICONS[phase]} </span>
      {t(`chairside.phase.${phase}`)}
      {phase === 'observation' &&
        observationEnds &&
        ` · ${t('chairside.visit.observationLeft', { time: observationEnds, count: left ?? 0 })}`}
    </span>
  );
}

/** Hold today's dose (before any drug) or end the visit (once every drug has ended and its record is signed). */
export function VisitActions({ context }: { context: VisitContext }) {
  const { t } = useTranslation();
  const [ask, setAsk] = useState<'hold' | 'discharge' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const visit = useMutation('charting:visit', { invalidates: CHART_READS });
  const early = context.observationEnds !== null && minutesOf(context.clinicNow) < minutesOf(context.observationEnds);
  const canEnd = context.phase === 'observation' || (context.drugs.length === 0 && context.phase === 'assessed');
  async function run(action: 'hold' | 'discharge', reason: string) {
    try {
      await visit.run({
        appointmentId: context.appointment.id,
        action,
        ...(reason ? { reason } : {}),
        clientRequestId: newRequestId(),
      });
      setAsk(null);
      setError(null);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.error.issues[0] ? issueText(e.error.issues[0]) : e.message);
    }
  }
  if (!canHold(context.phase) && !canEnd) return null;
  return (
    <div className="form-actions cs-visit-actions">
      {canHold(context.phase) && (
        <button type="button" className="button" onClick={() => setAsk('hold')}>
          <span aria-hidden="true">‖ </span>
          {t('chairside.visit.hold')}
        </button>
      )}
      {canEnd && (
        <button type="button" className="button button-primary" onClick={() => setAsk('discharge')}>
          <span aria-hidden="true">✓ </span>
          {t('chairside.visit.discharge')}
        </button>
      )}
      {error && !ask && <Alert>{error}</Alert>}
      {ask && (
        <ActionDialog
          title={t(`chairside.visit.ask.${ask}`)}
          confirm={t(`chairside.visit.confirm.${ask}`)}
          reasonRequired={ask === 'hold' || early}
          reasonLabel={
            ask === 'discharge' && early
              ? t('chairside.visit.earlyReason', { time: context.observationEnds })
              : undefined
          }
          error={error}
          pending={visit.pending}
          onClose={() => setAsk(null)}
          onConfirm={(answer) => void run(ask, answer.reason)}
        />
      )}
    </div>
  );
}
