import { randomUUID } from 'node:crypto';
import type { ReadyView } from '../../../../shared/ipc/contract/labs';
import { evaluateReadiness } from '../../../../shared/ready/evaluate';
import type { Readiness } from '../../../../shared/ready/result';
import { loadMonitoring } from '../../clinical/load-monitoring';
import type { CoreDeps } from '../../core/deps';
import { conflict, forbidden } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { insertRelease, releasesOf } from '../../repositories/readiness';
import type { Executor } from '../audit/audit';
import { loadVisit, type Visit } from '../charting/visit';
import { coveringRelease } from './covering-release';
import { answersOf, readyFactsOf } from './ready-facts';
import { readReadyPolicy } from './ready-policy';
import { requireSignedIn } from '../auth/session';

// Ready to treat for one visit, worked out in main from stored facts only. A hold stands until a named
// prescriber's order, entered by the nurse (who, when, why), releases exactly the reasons shown then (matched on
// what each reason is, covering-release.ts); a new reason afterwards (a new result, a new side effect) holds the
// dose again. The start of any drug checks this in the same transaction as the write (infusion-actions.ts), so no
// screen can start past it.

export async function readinessOf(deps: CoreDeps, ex: Executor, visit: Visit): Promise<Readiness> {
  const monitoring = loadMonitoring(deps.resourcesDir);
  const facts = await readyFactsOf(deps, ex, visit);
  return evaluateReadiness(monitoring, await readReadyPolicy(ex), facts, deps.now().toISOString());
}

/** Ready to treat with the answers of the assessment being signed (its copy becomes part of the signed entry). */
export async function readinessWith(
  deps: CoreDeps,
  ex: Executor,
  visit: Visit,
  assessment: object,
): Promise<Readiness> {
  const monitoring = loadMonitoring(deps.resourcesDir);
  const facts = { ...(await readyFactsOf(deps, ex, visit)), ...answersOf(assessment) };
  return evaluateReadiness(monitoring, await readReadyPolicy(ex), facts, deps.now().toISOString());
}

export async function readyViewOf(deps: CoreDeps, ex: Executor, visit: Visit): Promise<ReadyView> {
  const readiness = await readinessOf(deps, ex, visit);
  const release =
    readiness.outcome === 'hold' ? coveringRelease(readiness, await releasesOf(ex, visit.appointment.id)) : null;
  return {
    appointmentId: visit.appointment.id,
    readiness,
    release,
    canStart: readiness.outcome === 'ready' || release !== null,
  };
}

/** Before a start: Ready, or released by the prescriber. */
export async function requireReadyToTreat(deps: CoreDeps, ex: Executor, visit: Visit): Promise<void> {
  const view = await readyViewOf(deps, ex, visit);
  if (view.canStart) return;
  const reasons = view.readiness.reasons.map((r) => r.en).join(' ');
  throw forbidden(
    'not-ready-to-treat',
    `Not ready to treat — hold for the prescriber: ${reasons} Nothing is started before a prescriber releases the hold.`,
  );
}

export interface ReleaseInput {
  appointmentId: string;
  prescriberName: string;
  orderedAt: string;
  reason: string;
}

export function createReadiness(deps: CoreDeps) {
  const db = deps.store.db;

  async function evaluate(appointmentId: string): Promise<ReadyView> {
    return readyViewOf(deps, db, await loadVisit(deps, appointmentId, db));
  }

  async function release(input: ReleaseInput, ctx: RequestContext): Promise<ReadyView> {
    requireSignedIn(ctx, 'Charting');
    await deps.write(ctx, async (trx, { at, audit }) => {
      const visit = await loadVisit(deps, input.appointmentId, trx);
      const readiness = await readinessOf(deps, trx, visit);
      if (readiness.outcome === 'ready')
        throw conflict('no-hold-to-release', 'This dose is ready to treat: there is no hold to release.');
      const id = randomUUID();
      await insertRelease(trx, {
        id,
        appointment_id: visit.appointment.id,
        prescriber_name: input.prescriberName,
        reason: input.reason,
        ordered_at: input.orderedAt,
        released_reasons: JSON.stringify(readiness.reasons),
        entered_by: ctx.userId,
        entered_at: at,
        workstation: ctx.workstation,
      });
      await audit({
        patientId: visit.appointment.patientId,
        action: 'ready.release',
        objectType: 'appointment',
        objectId: visit.appointment.id,
        detail: {
          releaseId: id,
          prescriber: input.prescriberName,
          orderedAt: input.orderedAt,
          reasons: readiness.reasons.map((r) => r.en),
        },
      });
    });
    return evaluate(input.appointmentId);
  }

  return { evaluate, release };
}
