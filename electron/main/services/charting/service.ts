import type { ChartingKind } from '../../../../shared/charting/common';
import { reactionInfusionOf } from '../../../../shared/charting/kinds-reaction';
import type { ChartEntry, ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import { invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findEntry, findEntryByRequest, type ChartEntryRecord } from '../../repositories/chart';
import type { Executor } from '../audit/audit';
import {
  createChartService,
  signedIsFinal,
  type CorrectInput,
  type SaveDraftInput,
  type SignHooks,
  type SignInput,
} from '../chart/chart';
import { clinicToday } from '../center/clinic-clock';
import { createReactionEffects } from './reaction-effects';
import {
  drugOf,
  refuseSecondAdministration,
  requireCheckIn,
  withAssessmentFlags,
  withComparedReadings,
  withPlannedDrug,
} from './rules';
import { readinessWith } from '../ready/readiness';
import { withAge } from './age';
import { readThresholds } from './thresholds';
import { currentAdministration, readFacts, syncPhase } from './visit-facts';
import { loadVisit } from './visit';
import { findPlanOwner } from '../../repositories/plans';

// charting:save-draft / sign / correct: the clinical rules (rules.ts) around the charting infrastructure's
// drafts, signatures and corrections (services/chart/chart.ts), which still do the writing, the idempotency by
// client request id, the refusal of any change to a signed entry and the second nurse's verification.
// Main owns parts of each payload: the drug as planned, the vitals flags, the double check's comparison, and
// the infusion times and rates, which are read from the infusion events when an entry is signed.

export type DraftInput = SaveDraftInput & { kind: Exclude<ChartingKind, 'check-in'> };

/** Parts a draft may not carry: main writes them when the entry is signed. */
function withoutMainParts(kind: string, payload: ChartPayload): ChartPayload {
  if (kind === 'assessment') {
    const { readiness: _main, ...rest } = payload;
    return rest;
  }
  if (kind !== 'administration' && kind !== 'reaction') return payload;
  const { infusion: _ignored, ...rest } = payload;
  return rest;
}

export function createChartingService(deps: CoreDeps) {
  const db = deps.store.db;
  const chart = createChartService(deps);
  const effects = createReactionEffects(deps);

  /** Main-owned parts of a draft payload. */
  async function prepare(ex: Executor, input: DraftInput, stored: ChartEntryRecord | undefined): Promise<ChartPayload> {
    const { kind } = input;
    const payload = withoutMainParts(kind, input.payload);
    if (kind === 'assessment') return withAssessmentFlags(payload, (await readThresholds(ex)).thresholds);
    if (kind === 'irae') return payload;
    if (kind === 'car-t-toxicity') return withAge(ex, input.patientId, payload);
    const visit = await loadVisit(deps, input.appointmentId!, ex);
    if (kind === 'double-check') return withComparedReadings(ex, visit, payload, clinicToday(deps));
    if (kind === 'reaction') return { ...payload, drugName: drugOf(visit, payload.drugId).drugName };
    const admin = withPlannedDrug(visit, payload);
    if (!stored) await refuseSecondAdministration(ex, visit, admin.drugId);
    return admin;
  }

  async function checkLinks(ex: Executor, input: DraftInput): Promise<void> {
    const planId = input.payload.planId;
    if ((input.kind !== 'irae' && input.kind !== 'car-t-toxicity') || typeof planId !== 'string') return;
    const plan = await findPlanOwner(ex, planId);
    if (!plan || plan.patient_id !== input.patientId)
      throw invalid('payload.planId', 'plan-other-patient', 'Not a plan of this patient');
    if (input.kind === 'car-t-toxicity' && plan.kind !== 'car-t') {
      throw invalid('payload.planId', 'car-t-plan-required', 'CAR T toxicity is graded for a CAR T plan');
    }
  }

  async function saveDraft(input: DraftInput, ctx: RequestContext): Promise<ChartEntry> {
    // A repeated request (double click, retry) is answered by the infrastructure from what it stored.
    if (await findEntryByRequest(db, input.clientRequestId)) return chart.saveDraft(input, ctx);
    const stored = input.id ? await findEntry(db, input.id) : undefined;
    if (input.id && !stored) throw notFound('chart-entry-not-found', 'The chart entry');
    if (stored?.status === 'signed') throw signedIsFinal();
    await requireCheckIn(db, input.kind, input.patientId, input.appointmentId);
    await checkLinks(db, input);
    const payload = await prepare(db, input, stored);
    return chart.saveDraft({ ...input, payload }, ctx);
  }

  /** Main's parts of a payload being signed or corrected, read in the signing transaction. */
  async function finalize(trx: Executor, payload: ChartPayload, row: ChartEntryRecord): Promise<ChartPayload> {
    if (row.appointment_id === null) return payload;
    const visit = await loadVisit(deps, row.appointment_id, trx);
    switch (row.kind) {
      case 'assessment': {
        const flagged = withAssessmentFlags(
          withoutMainParts('assessment', payload),
          (await readThresholds(trx)).thresholds,
        );
        // The outcome is worked out with this assessment's answers (vitals flags, steroids), then signed with it.
        return { ...flagged, readiness: await readinessWith(deps, trx, visit, flagged) };
      }
      case 'double-check':
        return withComparedReadings(trx, visit, payload, clinicToday(deps));
      case 'administration': {
        const facts = await readFacts(trx, visit);
        const planned = withPlannedDrug(visit, payload);
        return { ...planned, infusion: facts.infusions.get(drugOf(visit, planned.drugId).drugId) ?? null };
      }
      case 'reaction': {
        const facts = await readFacts(trx, visit);
        const { drugId } = drugOf(visit, payload.drugId);
        const admin = currentAdministration(facts.entries, drugId);
        const events = facts.events.filter((e) => e.drugId === drugId);
        return { ...payload, infusion: reactionInfusionOf(events, row.entry_id, admin?.entry_id ?? null) };
      }
      default:
        return payload;
    }
  }

  function hooks(ctx: RequestContext): SignHooks {
    return {
      finalize,
      after: async (trx, row, unit) => {
        if (row.appointment_id === null) return;
        await syncPhase(trx, await loadVisit(deps, row.appointment_id, trx), unit, ctx);
      },
    };
  }

  /** A signature needs the visit's check-in (the kind's signed schema and `finalize` do the rest). */
  async function checkSign(row: ChartEntryRecord): Promise<void> {
    await requireCheckIn(db, row.kind as ChartingKind, row.patient_id, row.appointment_id);
  }

  async function sign(input: SignInput, ctx: RequestContext): Promise<ChartEntry> {
    const row = await findEntry(db, input.id);
    if (!row) throw notFound('chart-entry-not-found', 'The chart entry');
    // A signed entry goes straight to the infrastructure: it answers a repeat, and refuses anything else.
    if (row.status !== 'signed') await checkSign(row);
    const signed = await chart.sign(input, ctx, hooks(ctx));
    if (row.status !== 'signed') await effects.afterSigned(signed, ctx);
    return signed;
  }

  async function correct(input: CorrectInput, ctx: RequestContext): Promise<ChartEntry> {
    const row = await findEntry(db, input.id);
    if (!row) throw notFound('chart-entry-not-found', 'The chart entry');
    let payload = withoutMainParts(row.kind, input.payload);
    // ICANS is graded with the patient's age (CAPD below 12 years), worked out in main.
    if (row.kind === 'car-t-toxicity') payload = await withAge(db, row.patient_id, payload);
    const corrected = await chart.correct({ ...input, payload }, ctx, hooks(ctx));
    await effects.afterSigned(corrected, ctx);
    return corrected;
  }

  return { saveDraft, sign, correct, chart, hooks };
}
