import { minutesOf } from '../../../../shared/charting/common';
import { rechallengeRate } from '../../../../shared/charting/guidance';
import { allowedActions, liveEvents, type InfusionAction } from '../../../../shared/charting/infusion';
import type { ReactionDraft } from '../../../../shared/charting/kinds-reaction';
import { canStartDrugs } from '../../../../shared/charting/visit-phase';
import type { CoreDeps } from '../../core/deps';
import { conflict, forbidden, invalid } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import type { ChartEntryRecord } from '../../repositories/chart';
import { infusionEventByRequest, insertInfusionEvent } from '../../repositories/visit';
import type { Executor } from '../audit/audit';
import { requireSignedIn } from '../auth/session';
import { payloadOf } from './queries';
import { drugOf, requireMatchedCheck, requireReleased } from './rules';
import {
  clinicClock,
  clinicClockOf,
  currentAdministration,
  readFacts,
  requireVisitToday,
  syncPhase,
  type VisitFacts,
} from './visit-facts';
import { loadVisit, type Visit } from './visit';
import { visitWeightCheck } from './weight';
import { effectiveLibrary } from '../library/effective-library';
import { requireReadyToTreat } from '../ready/readiness';

// Starting, interrupting, restarting, slowing and stopping a drug: each is an infusion event with the clock
// time the nurse charts (now, or earlier when she charts after the fact, never in the future and never before
// the drug's previous event). The rules a start needs are checked here, in the same transaction as the write.

export interface InfusionActionInput {
  appointmentId: string;
  drugId: string;
  action: InfusionAction;
  time?: string | undefined;
  rateMlPerHour?: number | undefined;
  complete?: boolean | undefined;
  reason?: string | undefined;
  reactionEntryId?: string | undefined;
  voidsEventId?: number | undefined;
  clientRequestId: string;
}

interface Step {
  deps: CoreDeps;
  visit: Visit;
  facts: VisitFacts;
  admin: ChartEntryRecord;
  input: InfusionActionInput;
  time: string;
}

const WORDS: Record<string, string> = {
  'not-started': 'has not started',
  running: 'is running',
  interrupted: 'is interrupted',
  stopped: 'has stopped',
  'not-given': 'was marked not given',
};

function checkTime(step: Step, now: string): void {
  const { time } = step;
  if (minutesOf(time) > minutesOf(now)) {
    throw invalid('time', 'time-in-future', `${time} is later than now (${now}): chart a time that has passed.`, {
      time,
      now,
    });
  }
  const own = liveEvents(step.facts.events.filter((e) => e.drugId === step.input.drugId));
  const last = own[own.length - 1];
  if (last && minutesOf(time) < minutesOf(last.time)) {
    throw invalid('time', 'time-before-previous', `${time} is before this drug's previous event at ${last.time}.`, {
      time,
      previous: last.time,
    });
  }
}

/** A start: the assessment signed first, earlier drugs of the day ended, ready to treat (or released), the double check matched. */
async function checkStart(ex: Executor, step: Step): Promise<number> {
  const { visit, facts, time } = step;
  if (!canStartDrugs(facts.phase.phase)) {
    throw forbidden(
      'assessment-unsigned',
      'Sign the pre-infusion assessment before starting: nothing is given before it.',
    );
  }
  const assessment = facts.entries.find((e) => e.kind === 'assessment' && e.status === 'signed');
  if (assessment?.signed_at && minutesOf(time) < minutesOf(clinicClockOf(assessment.signed_at))) {
    throw invalid(
      'time',
      'start-before-assessment',
      `The assessment was signed at ${clinicClockOf(assessment.signed_at)}: a start cannot be earlier.`,
      { time: clinicClockOf(assessment.signed_at) },
    );
  }
  const drug = drugOf(visit, step.input.drugId);
  for (const earlier of visit.drugs.filter((d) => d.order < drug.order)) {
    const summary = facts.infusions.get(earlier.drugId)!;
    if (summary.state !== 'stopped' && summary.state !== 'not-given') {
      throw conflict(
        'regimen-order',
        `${earlier.drugName} is given first on this day (regimen order): stop it before starting ${drug.drugName}.`,
        { first: earlier.drugName, drug: drug.drugName },
      );
    }
    if (summary.stopTime && minutesOf(time) < minutesOf(summary.stopTime)) {
      throw invalid(
        'time',
        'start-before-previous-stop',
        `${earlier.drugName} stopped at ${summary.stopTime}: ${drug.drugName} cannot start earlier.`,
        { first: earlier.drugName, time: summary.stopTime, drug: drug.drugName },
      );
    }
  }
  await requireReleased(ex, visit);
  await requireReadyToTreat(step.deps, ex, visit);
  await requireFreshWeight(ex, step);
  return requireMatchedCheck(ex, visit, step.admin);
}

/** A weight-based dose waits for a weight recent and close enough to the plan's (center policy). */
async function requireFreshWeight(ex: Executor, step: Step): Promise<void> {
  const check = await visitWeightCheck(step.deps, ex, await effectiveLibrary(step.deps, ex), step.visit.plan);
  if (check.status !== 'needs-fresh-weight') return;
  const why = check.reasons.includes('changed')
    ? `the weight differs from the plan's (${check.planKg ?? '?'} kg) by more than ${check.policy.maxChangePercent} %: the prescriber reviews the dose`
    : `no weight within ${check.policy.maxAgeDays} days: weigh the patient and record it in the assessment`;
  throw forbidden(
    check.reasons.includes('changed') ? 'weight-changed' : 'weight-too-old',
    `This dose is worked out from the weight, and ${why}.`,
    { kg: check.planKg ?? '?', percent: check.policy.maxChangePercent, count: check.policy.maxAgeDays },
  );
}

/** A reaction an event is charted for: a draft reaction of this visit and drug. */
function checkReaction(step: Step): ReactionDraft | null {
  const id = step.input.reactionEntryId;
  if (!id) return null;
  const row = step.facts.entries.find((e) => e.entry_id === id && e.kind === 'reaction');
  const reaction = row ? payloadOf<ReactionDraft>(row) : null;
  if (!row || reaction?.drugId !== step.input.drugId)
    throw invalid('reactionEntryId', 'reaction-other-drug', 'Not a reaction to this drug on this visit');
  if (row.status === 'signed')
    throw conflict('reaction-signed', 'This reaction is signed: its infusion events can no longer change.');
  return reaction as ReactionDraft;
}

function restartRate(step: Step, reaction: ReactionDraft | null): number {
  const { input, facts, visit } = step;
  if (reaction?.grade != null && reaction.grade >= 3) {
    throw conflict(
      'no-rechallenge',
      'No rechallenge after a grade 3–4 reaction: the label says permanently discontinue.',
    );
  }
  if (input.rateMlPerHour !== undefined) {
    if (!input.reason)
      throw invalid('reason', 'restart-order-required', 'Say whose order the restart rate is (e.g. the prescriber’s)');
    return input.rateMlPerHour;
  }
  const open = facts.infusions.get(input.drugId)!.interruptions.find((i) => i.to === null);
  if (!open?.rateBefore)
    throw invalid('rateMlPerHour', 'restart-rate-required', 'Give the restart rate: the rate before is not known.');
  return rechallengeRate(open.rateBefore, drugOf(visit, input.drugId).restartPercent);
}

function checkVoid(step: Step): void {
  const { input, facts } = step;
  if (!input.reason) throw invalid('reason', 'void-reason-required', 'Say why the event is voided');
  const own = liveEvents(facts.events.filter((e) => e.drugId === input.drugId));
  const last = own[own.length - 1];
  if (!last || last.id !== input.voidsEventId)
    throw conflict('void-latest-only', 'Only the drug’s latest event can be voided.');
  const reaction = facts.entries.find((e) => e.entry_id === last.reactionEntryId);
  if (reaction?.status === 'signed')
    throw conflict(
      'event-in-signed-reaction',
      'This event belongs to a signed reaction: correct the reaction instead.',
    );
}

/** The rate the event carries, after the action's own checks. */
async function rateFor(ex: Executor, step: Step): Promise<number | null> {
  const { input } = step;
  const reaction = checkReaction(step);
  switch (input.action) {
    case 'start':
      return checkStart(ex, step);
    case 'restart':
      return restartRate(step, reaction);
    case 'rate':
      if (input.rateMlPerHour === undefined)
        throw invalid('rateMlPerHour', 'rate-required', 'Give the new rate in mL/h');
      return input.rateMlPerHour;
    case 'stop':
      if (input.complete === undefined)
        throw invalid('complete', 'complete-required', 'Say whether the whole dose was given');
      if (!input.complete && !input.reason)
        throw invalid('reason', 'stop-early-reason', 'Say why the drug was stopped early');
      return null;
    case 'not-given':
      if (!input.reason) throw invalid('reason', 'not-given-reason', 'Say why the drug is not given');
      return null;
    case 'void':
      checkVoid(step);
      return null;
    default:
      return null;
  }
}

export function createInfusionActions(deps: CoreDeps) {
  async function record(input: InfusionActionInput, ctx: RequestContext): Promise<void> {
    requireSignedIn(ctx, 'Charting');
    await deps.write(ctx, async (trx, unit) => {
      const { at, audit } = unit;
      if (await infusionEventByRequest(trx, input.clientRequestId)) return;
      const visit = await loadVisit(deps, input.appointmentId, trx);
      requireVisitToday(deps, visit);
      const facts = await readFacts(trx, visit);
      const drug = drugOf(visit, input.drugId);
      const admin = currentAdministration(facts.entries, drug.drugId);
      if (!admin)
        throw invalid(
          'drugId',
          'open-administration-first',
          `Open the administration record of ${drug.drugName} first`,
          { drug: drug.drugName },
        );
      if (admin.status === 'signed')
        throw conflict(
          'administration-signed',
          'This administration record is signed: its times can no longer change.',
        );
      const state = facts.infusions.get(drug.drugId)!.state;
      if (input.action !== 'void' && !allowedActions(state).includes(input.action)) {
        throw conflict(
          'action-not-now',
          `${drug.drugName} ${WORDS[state]}: it cannot be given the action “${input.action}” now.`,
          { drug: drug.drugName, action: input.action },
        );
      }
      const now = clinicClock(deps);
      const step: Step = { deps, visit, facts, admin, input, time: input.time ?? now };
      checkTime(step, now);
      const rate = await rateFor(trx, step);
      const id = await insertInfusionEvent(trx, {
        appointment_id: visit.appointment.id,
        administration_entry_id: admin.entry_id,
        drug_id: drug.drugId,
        action: input.action,
        clock_time: step.time,
        rate_ml_per_hour: rate,
        complete: input.action === 'stop' ? (input.complete ? 1 : 0) : null,
        reason: input.reason ?? null,
        reaction_entry_id: input.reactionEntryId ?? null,
        voids_event_id: input.action === 'void' ? (input.voidsEventId ?? null) : null,
        user_id: ctx.userId,
        workstation: ctx.workstation,
        at_utc: at,
        client_request_id: input.clientRequestId,
      });
      await audit({
        patientId: visit.appointment.patientId,
        action: `infusion.${input.action}`,
        objectType: 'appointment',
        objectId: visit.appointment.id,
        detail: {
          eventId: id,
          drugId: drug.drugId,
          time: step.time,
          rate,
          reactionEntryId: input.reactionEntryId ?? null,
        },
      });
      await syncPhase(trx, visit, unit, ctx);
    });
  }

  return { record };
}
