import type { Executor } from '../services/audit/audit';

// SQL for the nurse board (0920): the day's save, and which visits belong to a CAR T plan.

export interface BoardSave {
  savedAt: string;
  savedBy: string | null;
}

export async function findBoardSave(ex: Executor, date: string): Promise<BoardSave | null> {
  const row = await ex
    .selectFrom('nurse_board as b')
    .leftJoin('user_account as u', 'u.id', 'b.saved_by')
    .select(['b.saved_at_utc', 'u.display_name'])
    .where('b.date', '=', date)
    .executeTakeFirst();
  return row ? { savedAt: row.saved_at_utc, savedBy: row.display_name ?? null } : null;
}

export async function recordBoardSave(
  ex: Executor,
  save: { date: string; at: string; userId: string | null; workstation: string },
): Promise<void> {
  const values = { saved_at_utc: save.at, saved_by: save.userId, workstation: save.workstation };
  await ex
    .insertInto('nurse_board')
    .values({ date: save.date, ...values })
    .onConflict((oc) => oc.column('date').doUpdateSet(values))
    .execute();
}

/** The ids among `planIds` that are CAR T plans. */
export async function carTPlanIds(ex: Executor, planIds: readonly string[]): Promise<Set<string>> {
  if (planIds.length === 0) return new Set();
  const rows = await ex
    .selectFrom('treatment_plan')
    .select('id')
    .where('kind', '=', 'car-t')
    .where('id', 'in', [...planIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}
