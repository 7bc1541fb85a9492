import type { ChartingKind } from '../../../../shared/charting/common';
import type { AdministrationDraft } from '../../../../shared/charting/kinds-visit';
import type { ChartEntry, ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import { invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findEntry, findEntryByRequest, type ChartEntryRecord } from '../../repositories/chart';
import type { Executor } from '../audit';
import { createChartService, signedIsFinal, type CorrectInput, type SaveDraftInput, type SignInput } from '../chart';
import { createReactionEffects } from './reaction-effects';
import { payloadOf } from './queries';
import {
  drugOf,
  refuseSecondAdministration,
  requireCheckIn,
  requireDoubleCheck,
  requireEarlierStopped,
  withAssessmentFlags,
  withCheckedAdministration,
  withPlannedDrug,
  withRestartPercent,
} from './rules';
import { withAge } from './age';
import { readThresholds } from './thresholds';
import { loadVisit } from './visit';

// charting:save-draft / sign / correct: the clinical rules (rules.ts) around the charting infrastructure's
// drafts, signatures and corrections (services/chart.ts), which still do the writing, the idempotency by
// client request id, the refusal of any change to a signed entry and the second nurse's verification.

export type DraftInput = SaveDraftInput & { kind: Exclude<ChartingKind, 'check-in'> };

export function createChartingService(deps: CoreDeps) {
  const db = deps.store.db;
  const chart = createChartService(deps);
  const effects = createReactionEffects(deps);

  /** Main-owned parts of a payload, and the start rules of an administration. */
  async function prepare(ex: Executor, input: DraftInput, stored: ChartEntryRecord | undefined): Promise<ChartPayload> {
    const { kind, payload } = input;
    if (kind === 'assessment') return withAssessmentFlags(payload, (await readThresholds(ex)).thresholds);
    if (kind === 'irae') return payload;
    if (kind === 'car-t-toxicity') return withAge(ex, input.patientId, payload);
    const visit = await loadVisit(deps, input.appointmentId!, ex);
    if (kind === 'double-check') return withCheckedAdministration(ex, visit, payload);
    if (kind === 'reaction') return withRestartPercent(visit, payload);
    const admin = withPlannedDrug(visit, payload);
    if (!stored) await refuseSecondAdministration(ex, visit, admin.drugId);
    const wasStarted = stored ? Boolean(payloadOf<AdministrationDraft>(stored).startTime) : false;
    if (admin.startTime && !wasStarted) {
      await requireEarlierStopped(ex, visit, drugOf(visit, admin.drugId));
      await requireDoubleCheck(ex, visit, stored?.entry_id, admin);
    }
    return admin;
  }

  async function checkLinks(ex: Executor, input: DraftInput): Promise<void> {
    const planId = input.payload.planId;
    if ((input.kind !== 'irae' && input.kind !== 'car-t-toxicity') || typeof planId !== 'string') return;
    const plan = await ex
      .selectFrom('treatment_plan')
      .select(['patient_id', 'kind'])
      .where('id', '=', planId)
      .executeTakeFirst();
    if (!plan || plan.patient_id !== input.patientId) throw invalid('payload.planId', 'Not a plan of this patient');
    if (input.kind === 'car-t-toxicity' && plan.kind !== 'car-t') {
      throw invalid('payload.planId', 'CAR T toxicity is graded for a CAR T plan');
    }
  }

  async function saveDraft(input: DraftInput, ctx: RequestContext): Promise<ChartEntry> {
    // A repeated request (double click, retry) is answered by the infrastructure from what it stored.
    if (await findEntryByRequest(db, input.clientRequestId)) return chart.saveDraft(input, ctx);
    const stored = input.id ? await findEntry(db, input.id) : undefined;
    if (input.id && !stored) throw notFound('The chart entry');
    if (stored?.status === 'signed') throw signedIsFinal();
    await requireCheckIn(db, input.kind, input.patientId, input.appointmentId);
    await checkLinks(db, input);
    const payload = await prepare(db, input, stored);
    return chart.saveDraft({ ...input, payload }, ctx);
  }

  /** Rules a signature needs beyond the kind's schema: the visit's check-in, the administration's check. */
  async function checkSign(row: ChartEntryRecord): Promise<void> {
    const kind = row.kind as ChartingKind;
    await requireCheckIn(db, kind, row.patient_id, row.appointment_id);
    if (kind !== 'administration' || row.appointment_id === null) return;
    const visit = await loadVisit(deps, row.appointment_id);
    await requireDoubleCheck(db, visit, row.entry_id, JSON.parse(row.payload) as ChartPayload);
  }

  async function sign(input: SignInput, ctx: RequestContext): Promise<ChartEntry> {
    const row = await findEntry(db, input.id);
    if (!row) throw notFound('The chart entry');
    // A signed entry goes straight to the infrastructure: it answers a repeat, and refuses anything else.
    if (row.status !== 'signed') await checkSign(row);
    const signed = await chart.sign(input, ctx);
    if (row.status !== 'signed') await effects.afterSigned(signed, ctx);
    return signed;
  }

  async function correct(input: CorrectInput, ctx: RequestContext): Promise<ChartEntry> {
    const row = await findEntry(db, input.id);
    if (!row) throw notFound('The chart entry');
    let payload = input.payload;
    if (row.status === 'signed' && row.is_current === 1 && row.appointment_id !== null) {
      if (row.kind === 'administration') payload = withPlannedDrug(await loadVisit(deps, row.appointment_id), payload);
      if (row.kind === 'reaction') payload = withRestartPercent(await loadVisit(deps, row.appointment_id), payload);
      if (row.kind === 'assessment') payload = withAssessmentFlags(payload, (await readThresholds(db)).thresholds);
    }
    if (row.kind === 'car-t-toxicity') payload = await withAge(db, row.patient_id, payload);
    const corrected = await chart.correct({ ...input, payload }, ctx);
    await effects.afterSigned(corrected, ctx);
    return corrected;
  }

  return { saveDraft, sign, correct, chart };
}
