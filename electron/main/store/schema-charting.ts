import type { Generated, Selectable } from 'kysely';

// Row types of the charting tables (0070 user accounts, 0080 chart entries), snake_case like the columns.

export interface UserAccountTable {
  id: string;
  display_name: string;
  initials: string;
  role: string;
  secret_kind: string;
  /** `scrypt$N$r$p$salt$hash` (base64): the cost parameters travel with the hash. */
  secret_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
  /** 1 after a reset by someone else: the account chooses its own secret at the next sign-in (0310). */
  must_change_secret: Generated<number>;
  created_at: string;
  updated_at: string;
}

export type UserAccountRow = Selectable<UserAccountTable>;

export interface ChartEntryRow {
  id: string;
  entry_id: string;
  patient_id: string;
  appointment_id: string | null;
  kind: string;
  status: string;
  version: number;
  supersedes_id: string | null;
  payload: string;
  author_id: string;
  created_at: string;
  updated_at: string;
  signed_by: string | null;
  signed_at: string | null;
  verified_by: string | null;
  verified_at: string | null;
  correction_reason: string | null;
  client_request_id: string;
}
