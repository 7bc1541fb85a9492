import type { InfusionAction, InfusionEvent } from '../../../shared/charting/infusion';
import type { VisitPhase } from '../../../shared/charting/visit-phase';
import type { Executor } from '../services/audit/audit';
import type { InfusionEventRow, VisitEventRow } from '../store/schema-charting';

// SQL for the visit's facts (0120): infusion events, visit events (hold, discharge) and the stored phase.

export type NewInfusionEvent = Omit<InfusionEventRow, 'id'>;
export type NewVisitEvent = Omit<VisitEventRow, 'id'>;
export type VisitEventRecord = Omit<VisitEventRow, 'id'> & { id: number };

export function toInfusionEvent(row: Omit<InfusionEventRow, 'id'> & { id: number }): InfusionEvent {
  return {
    id: row.id,
    drugId: row.drug_id,
    action: row.action as InfusionAction,
    time: row.clock_time,
    rateMlPerHour: row.rate_ml_per_hour,
    complete: row.complete === null ? null : row.complete === 1,
    reason: row.reason,
    reactionEntryId: row.reaction_entry_id,
    voidsEventId: row.voids_event_id,
    userId: row.user_id,
    atUtc: row.at_utc,
  };
}

export async function insertInfusionEvent(ex: Executor, row: NewInfusionEvent): Promise<number> {
  const inserted = await ex.insertInto('infusion_event').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Every infusion event of a visit in the order charted (the index serves appointment, drug, id). */
export async function infusionEventsOf(ex: Executor, appointmentId: string) {
  const rows = await ex
    .selectFrom('infusion_event')
    .selectAll()
    .where('appointment_id', '=', appointmentId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...toInfusionEvent(r), administrationEntryId: r.administration_entry_id }));
}

export async function infusionEventByRequest(ex: Executor, clientRequestId: string) {
  return ex
    .selectFrom('infusion_event')
    .select(['id', 'appointment_id'])
    .where('client_request_id', '=', clientRequestId)
    .executeTakeFirst();
}

export async function insertVisitEvent(ex: Executor, row: NewVisitEvent): Promise<void> {
  await ex.insertInto('visit_event').values(row).execute();
}

export async function visitEventsOf(ex: Executor, appointmentId: string): Promise<VisitEventRecord[]> {
  return ex.selectFrom('visit_event').selectAll().where('appointment_id', '=', appointmentId).orderBy('id').execute();
}

export async function visitEventByRequest(ex: Executor, clientRequestId: string) {
  return ex
    .selectFrom('visit_event')
    .select(['id', 'appointment_id'])
    .where('client_request_id', '=', clientRequestId)
    .executeTakeFirst();
}

export async function saveVisitState(
  ex: Executor,
  appointmentId: string,
  state: { phase: VisitPhase; observationEnds: string | null },
  at: string,
): Promise<void> {
  const values = { phase: state.phase, observation_ends: state.observationEnds, updated_at: at };
  await ex
    .insertInto('visit_state')
    .values({ appointment_id: appointmentId, ...values })
    .onConflict((oc) => oc.column('appointment_id').doUpdateSet(values))
    .execute();
}

export async function findVisitState(ex: Executor, appointmentId: string) {
  return ex.selectFrom('visit_state').selectAll().where('appointment_id', '=', appointmentId).executeTakeFirst();
}
