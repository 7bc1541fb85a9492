import type { Executor } from '../services/audit/audit';

/** The public check value of the center's secret (0800), or null before center:migrate set it. */
export async function readCenterKeyCheck(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('center_key').select('recovery_check').where('id', '=', 1).executeTakeFirst();
  return row?.recovery_check ?? null;
}

export async function writeCenterKeyCheck(db: Executor, check: string, at: string): Promise<void> {
  await db.insertInto('center_key').values({ id: 1, recovery_check: check, created_at: at }).execute();
}
