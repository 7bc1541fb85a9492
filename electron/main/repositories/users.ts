import { CLINICAL_ROLES, type SecretKind, type UserRole, type UserSummary } from '../../../shared/ipc/contract/auth';
import type { Executor } from '../services/audit/audit';
import type { UserAccountRow } from '../store/schema-charting';

// SQL for user_account. The secret hash never leaves this module and the auth services: summaries don't
// carry it.

/** The account's role: its clinical role (0400) when it has one, else the base role (0070). */
export function effectiveRole(row: Pick<UserAccountRow, 'role' | 'clinical_role'>): UserRole {
  return (row.clinical_role ?? row.role) as UserRole;
}

/** How a role is stored: a prescriber or pharmacist is a least-privileged base role plus the clinical role. */
function roleColumns(role: UserRole): Pick<UserAccountRow, 'role'> & { clinical_role: string | null } {
  return (CLINICAL_ROLES as readonly string[]).includes(role)
    ? { role: 'nurse', clinical_role: role }
    : { role, clinical_role: null };
}

export function toUserSummary(row: UserAccountRow): UserSummary {
  return {
    id: row.id,
    displayName: row.display_name,
    initials: row.initials,
    role: effectiveRole(row),
    secretKind: row.secret_kind as SecretKind,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export async function findUserById(db: Executor, id: string): Promise<UserAccountRow | undefined> {
  return db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByInitials(db: Executor, initials: string): Promise<UserAccountRow | undefined> {
  return db
    .selectFrom('user_account')
    .selectAll()
    .where('initials', '=', initials.trim().toUpperCase())
    .executeTakeFirst();
}

export async function listUsers(db: Executor): Promise<UserAccountRow[]> {
  return db.selectFrom('user_account').selectAll().orderBy('active', 'desc').orderBy('display_name').execute();
}

export async function countActiveAdmins(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('user_account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewUser {
  id: string;
  displayName: string;
  initials: string;
  role: UserRole;
  secretKind: SecretKind;
  secretHash: string;
  at: string;
}

export async function insertUser(db: Executor, user: NewUser): Promise<void> {
  await db
    .insertInto('user_account')
    .values({
      id: user.id,
      display_name: user.displayName,
      initials: user.initials,
      ...roleColumns(user.role),
      secret_kind: user.secretKind,
      secret_hash: user.secretHash,
      failed_attempts: 0,
      locked_until: null,
      active: 1,
      created_at: user.at,
      updated_at: user.at,
    })
    .execute();
}

export async function updateUser(
  db: Executor,
  id: string,
  change: Partial<{
    secret_kind: string;
    secret_hash: string;
    failed_attempts: number;
    locked_until: string | null;
    active: number;
    must_change_secret: number;
  }>,
  at: string,
): Promise<void> {
  await db
    .updateTable('user_account')
    .set({ ...change, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** One more failure, counted in SQL so two failures at once both count; returns the new count. */
export async function recordFailure(db: Executor, id: string, at: string): Promise<number> {
  const row = await db
    .updateTable('user_account')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1), updated_at: at }))
    .where('id', '=', id)
    .returning('failed_attempts')
    .executeTakeFirstOrThrow();
  return row.failed_attempts;
}

/** Setup mode ends with the first account (accounts are never deleted). */
export async function anyAccountExists(db: Executor): Promise<boolean> {
  const row = await db.selectFrom('user_account').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Display names of these accounts, by id. */
export async function displayNamesOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('user_account').select(['id', 'display_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
