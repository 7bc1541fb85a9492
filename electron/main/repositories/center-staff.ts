import type { CenterNurse, ShiftOverride, WeeklyShift } from '../../../shared/ipc/contract/center';
import type { Executor } from '../services/audit/audit';
import type { NurseRow, NurseShiftOverrideRow } from '../store/schema';

// SQL for nurses, their weekly shift template and one-day changes to it.

export type Nurse = Omit<CenterNurse, 'shifts'>;

const toNurse = (r: NurseRow): Nurse => ({
  id: r.id,
  displayName: r.display_name,
  initials: r.initials,
  active: r.active === 1,
});

const toOverride = (r: NurseShiftOverrideRow): ShiftOverride => ({
  date: r.date,
  nurseId: r.nurse_id,
  isOff: r.is_off === 1,
  startMinute: r.start_minute,
  endMinute: r.end_minute,
});

export async function listNurses(db: Executor): Promise<CenterNurse[]> {
  const nurses = await db.selectFrom('nurse').selectAll().orderBy('display_name').execute();
  const shifts = await db.selectFrom('nurse_shift').selectAll().orderBy('weekday').execute();
  return nurses.map((n) => ({
    ...toNurse(n),
    shifts: shifts
      .filter((s) => s.nurse_id === n.id)
      .map((s) => ({ weekday: s.weekday, startMinute: s.start_minute, endMinute: s.end_minute })),
  }));
}

export async function findNurse(db: Executor, id: string): Promise<Nurse | null> {
  const row = await db.selectFrom('nurse').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toNurse(row) : null;
}

export async function upsertNurse(db: Executor, n: Nurse): Promise<void> {
  const values = { id: n.id, display_name: n.displayName, initials: n.initials, active: n.active ? 1 : 0 };
  await db
    .insertInto('nurse')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, id: undefined }))
    .execute();
}

export async function listShifts(db: Executor, nurseId: string): Promise<WeeklyShift[]> {
  const rows = await db
    .selectFrom('nurse_shift')
    .selectAll()
    .where('nurse_id', '=', nurseId)
    .orderBy('weekday')
    .execute();
  return rows.map((s) => ({ weekday: s.weekday, startMinute: s.start_minute, endMinute: s.end_minute }));
}

/** Replaces the nurse's whole weekly template: the form always sends all seven days. */
export async function replaceShifts(db: Executor, nurseId: string, shifts: WeeklyShift[]): Promise<void> {
  await db.deleteFrom('nurse_shift').where('nurse_id', '=', nurseId).execute();
  if (shifts.length === 0) return;
  await db
    .insertInto('nurse_shift')
    .values(
      shifts.map((s) => ({
        nurse_id: nurseId,
        weekday: s.weekday,
        start_minute: s.startMinute,
        end_minute: s.endMinute,
      })),
    )
    .execute();
}

export async function listOverrides(db: Executor, from: string, to?: string): Promise<ShiftOverride[]> {
  let q = db.selectFrom('nurse_shift_override').selectAll().where('date', '>=', from);
  if (to) q = q.where('date', '<=', to);
  const rows = await q.orderBy('date').orderBy('nurse_id').execute();
  return rows.map(toOverride);
}

export async function findOverride(db: Executor, date: string, nurseId: string): Promise<ShiftOverride | null> {
  const row = await db
    .selectFrom('nurse_shift_override')
    .selectAll()
    .where('date', '=', date)
    .where('nurse_id', '=', nurseId)
    .executeTakeFirst();
  return row ? toOverride(row) : null;
}

export async function upsertOverride(db: Executor, o: ShiftOverride): Promise<void> {
  const values = {
    date: o.date,
    nurse_id: o.nurseId,
    is_off: o.isOff ? 1 : 0,
    start_minute: o.startMinute,
    end_minute: o.endMinute,
  };
  await db
    .insertInto('nurse_shift_override')
    .values(values)
    .onConflict((oc) => oc.columns(['date', 'nurse_id']).doUpdateSet(values))
    .execute();
}

export async function deleteOverrideRow(db: Executor, date: string, nurseId: string): Promise<void> {
  await db.deleteFrom('nurse_shift_override').where('date', '=', date).where('nurse_id', '=', nurseId).execute();
}
