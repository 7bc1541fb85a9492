import type { CenterChair, CenterLimits, Closure, OpeningDay } from '../../../shared/ipc/contract/center';
import type { Executor } from '../services/audit/audit';
import type { CenterLimitsRow, ChairRow } from '../store/schema';
import { uniqueKey } from '../store/unique-key';

// SQL for chairs, opening hours, closures and scheduling limits, and their row ↔ domain mapping.

export const toChair = (r: ChairRow): CenterChair => ({
  id: r.id,
  name: r.name,
  area: r.area,
  kind: r.kind as CenterChair['kind'],
  active: r.active === 1,
  sortOrder: r.sort_order,
});

export async function listChairs(db: Executor): Promise<CenterChair[]> {
  const rows = await db.selectFrom('chair').selectAll().orderBy('sort_order').orderBy('name').execute();
  return rows.map(toChair);
}

export async function findChair(db: Executor, id: string): Promise<CenterChair | null> {
  const row = await db.selectFrom('chair').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toChair(row) : null;
}

/** The chair whose name has the same unique key (store/unique-key.ts), through its UNIQUE index. */
export async function findChairIdByName(db: Executor, name: string): Promise<string | null> {
  const row = await db.selectFrom('chair').select('id').where('name_key', '=', uniqueKey(name)).executeTakeFirst();
  return row?.id ?? null;
}

export async function nextChairSortOrder(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('chair')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .executeTakeFirst();
  return Math.min(9999, (row?.max ?? -1) + 1);
}

export async function upsertChair(db: Executor, c: CenterChair): Promise<void> {
  const values = {
    id: c.id,
    name: c.name,
    name_key: uniqueKey(c.name),
    area: c.area,
    kind: c.kind,
    active: c.active ? 1 : 0,
    sort_order: c.sortOrder,
  };
  await db
    .insertInto('chair')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, id: undefined }))
    .execute();
}

export async function listHours(db: Executor): Promise<OpeningDay[]> {
  const rows = await db.selectFrom('opening_hours').selectAll().orderBy('weekday').execute();
  return rows.map((r) => ({
    weekday: r.weekday,
    isClosed: r.is_closed === 1,
    openMinute: r.open_minute,
    closeMinute: r.close_minute,
  }));
}

export async function upsertHours(db: Executor, d: OpeningDay): Promise<void> {
  const values = {
    weekday: d.weekday,
    open_minute: d.openMinute,
    close_minute: d.closeMinute,
    is_closed: d.isClosed ? 1 : 0,
  };
  await db
    .insertInto('opening_hours')
    .values(values)
    .onConflict((oc) => oc.column('weekday').doUpdateSet(values))
    .execute();
}

export async function listClosures(db: Executor, from: string): Promise<Closure[]> {
  return db.selectFrom('closure').select(['date', 'reason']).where('date', '>=', from).orderBy('date').execute();
}

export async function findClosure(db: Executor, date: string): Promise<Closure | null> {
  return (
    (await db.selectFrom('closure').select(['date', 'reason']).where('date', '=', date).executeTakeFirst()) ?? null
  );
}

export async function upsertClosure(db: Executor, c: Closure): Promise<void> {
  await db
    .insertInto('closure')
    .values(c)
    .onConflict((oc) => oc.column('date').doUpdateSet({ reason: c.reason }))
    .execute();
}

export async function deleteClosureRow(db: Executor, date: string): Promise<void> {
  await db.deleteFrom('closure').where('date', '=', date).execute();
}

export const toLimits = (r: CenterLimitsRow): CenterLimits => ({
  maxPatientsPerNurse: r.max_patients_per_nurse,
  maxStartsPerNursePerSlot: r.max_starts_per_nurse_per_slot,
  slotMinutes: r.slot_minutes,
  preAssessmentMinutes: r.pre_assessment_minutes,
  postInfusionObservationMinutes: r.post_infusion_observation_minutes,
  firstDoseExtraObservationMinutes: r.first_dose_extra_observation_minutes,
  premedicationWaitMinutes: r.premedication_wait_minutes,
  schedulingToleranceDays: r.scheduling_tolerance_days,
});

export async function readLimits(db: Executor): Promise<CenterLimits> {
  // The migration inserts the single row; it is never deleted.
  const row = await db.selectFrom('center_limits').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return toLimits(row);
}

export async function writeLimits(db: Executor, l: CenterLimits): Promise<void> {
  await db
    .updateTable('center_limits')
    .set({
      max_patients_per_nurse: l.maxPatientsPerNurse,
      max_starts_per_nurse_per_slot: l.maxStartsPerNursePerSlot,
      slot_minutes: l.slotMinutes,
      pre_assessment_minutes: l.preAssessmentMinutes,
      post_infusion_observation_minutes: l.postInfusionObservationMinutes,
      first_dose_extra_observation_minutes: l.firstDoseExtraObservationMinutes,
      premedication_wait_minutes: l.premedicationWaitMinutes,
      scheduling_tolerance_days: l.schedulingToleranceDays,
    })
    .where('id', '=', 1)
    .execute();
}
