import { minutesOf } from '../../../../shared/charting/common';
import { canDischarge, canHold } from '../../../../shared/charting/visit-phase';
import { appReason } from '../../../../shared/reasons/app-reasons';
import type { CoreDeps } from '../../core/deps';
import { conflict, invalid } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { insertVisitEvent, visitEventByRequest } from '../../repositories/visit';
import type { Executor } from '../audit/audit';
import type { UnitOfWork } from '../../core/unit-of-work';
import { holdDoseWithin } from '../schedule/schedule-hold';
import { requireSignedIn } from '../auth/session';
import {
  clinicClock,
  currentAdministration,
  readFacts,
  requireVisitToday,
  syncPhase,
  type VisitFacts,
} from './visit-facts';
import { loadVisit, type Visit } from './visit';

// The nurse's two decisions about the visit itself. Hold: the patient is not treated today (before any drug
// started), the dose moves back like a schedule hold. Discharge: the patient leaves; every administration
// record and reaction must be signed first, and leaving before the end of observation needs a reason.

export interface VisitActionInput {
  appointmentId: string;
  action: 'hold' | 'discharge';
  reason?: string | undefined;
  clientRequestId: string;
}

function checkDischarge(visit: Visit, facts: VisitFacts, now: string, reason: string | undefined): void {
  const { phase } = facts.phase;
  const nothingToGive = visit.drugs.length === 0 && (phase === 'assessed' || phase === 'checked-in');
  if (!canDischarge(phase) && !nothingToGive) {
    throw conflict('drugs-still-running', 'The visit can end once every drug has stopped (or was marked not given).');
  }
  for (const drug of visit.drugs) {
    if (currentAdministration(facts.entries, drug.drugId)?.status !== 'signed') {
      throw conflict(
        'sign-administration-first',
        `Sign the administration record of ${drug.drugName} before the patient leaves.`,
        { drug: drug.drugName },
      );
    }
  }
  if (facts.entries.some((e) => e.kind === 'reaction' && e.status === 'draft')) {
    throw conflict('reaction-draft', 'A reaction is still a draft: sign it before the patient leaves.');
  }
  const ends = facts.phase.observationEnds;
  if (ends && minutesOf(now) < minutesOf(ends) && !reason) {
    throw invalid(
      'reason',
      'leaving-early-reason',
      `Observation runs until ${ends}: say why the patient leaves earlier.`,
      { time: ends },
    );
  }
}

export function createVisitActions(deps: CoreDeps) {
  async function apply(trx: Executor, visit: Visit, input: VisitActionInput, unit: UnitOfWork, ctx: RequestContext) {
    const { at, audit } = unit;
    const facts = await readFacts(trx, visit);
    const now = clinicClock(deps);
    if (input.action === 'hold') {
      if (!canHold(facts.phase.phase)) {
        throw conflict(
          'hold-at-chair-window',
          'A dose can be held at the chair after check-in and before any drug is started.',
        );
      }
      if (!input.reason) throw invalid('reason', 'hold-reason-required', 'Say why the dose is held');
    } else {
      checkDischarge(visit, facts, now, input.reason);
    }
    await insertVisitEvent(trx, {
      appointment_id: visit.appointment.id,
      action: input.action,
      clock_time: now,
      reason: input.reason ?? null,
      user_id: ctx.userId,
      workstation: ctx.workstation,
      at_utc: at,
      client_request_id: input.clientRequestId,
    });
    await audit({
      patientId: visit.appointment.patientId,
      action: `visit.${input.action}`,
      objectType: 'appointment',
      objectId: visit.appointment.id,
      detail: { reason: input.reason ?? null, phaseBefore: facts.phase.phase },
    });
    if (input.action === 'hold') {
      // The app's words around the nurse's own (required above), which stay exactly as typed.
      const reason = appReason('held-at-chair', { note: input.reason! });
      await holdDoseWithin(trx, deps, unit, { appointmentId: visit.appointment.id, reason, atChair: true }, ctx);
    }
  }

  async function record(input: VisitActionInput, ctx: RequestContext): Promise<void> {
    requireSignedIn(ctx, 'Charting');
    await deps.write(ctx, async (trx, unit) => {
      if (await visitEventByRequest(trx, input.clientRequestId)) return;
      const visit = await loadVisit(deps, input.appointmentId, trx);
      requireVisitToday(deps, visit);
      await apply(trx, visit, input, unit, ctx);
      await syncPhase(trx, visit, unit, ctx);
    });
  }

  return { record };
}
