import type { Executor } from '../services/audit/audit';

// Which of a day's visits are the signed-in nurse's, for "my patients first" on the chairside list. The roster
// (nurse) and the accounts (user_account) are not linked by a key yet, so a visit is the user's when the nurse it
// was booked with has the account's initials, or when the user has charted anything on it (the nurse who checked
// the patient in is the one caring for them). It only orders and filters a list; it decides nothing.

export async function visitsOfUser(
  db: Executor,
  userId: string,
  appointmentIds: readonly string[],
): Promise<Set<string>> {
  if (appointmentIds.length === 0) return new Set();
  const ids = [...appointmentIds];
  const rostered = await db
    .selectFrom('appointment')
    .innerJoin('nurse', 'nurse.id', 'appointment.nurse_id')
    .innerJoin('user_account', (join) => join.on('user_account.id', '=', userId))
    .select('appointment.id')
    .whereRef('nurse.initials', '=', 'user_account.initials')
    .where('appointment.id', 'in', ids)
    .execute();
  const charted = await db
    .selectFrom('chart_entry')
    .select('appointment_id as id')
    .where('appointment_id', 'in', ids)
    .where((eb) => eb.or([eb('author_id', '=', userId), eb('signed_by', '=', userId)]))
    .execute();
  return new Set([...rostered, ...charted].map((r) => r.id).filter((id): id is string => id !== null));
}
