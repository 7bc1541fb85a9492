import type { Generated, Selectable } from 'kysely';

// Row types of the charting tables (0070 user accounts, 0080 chart entries, 0120 visit and infusion events),
// snake_case like the columns.

export interface UserAccountTable {
  id: string;
  display_name: string;
  initials: string;
  /** The base role (0070): 'nurse', 'charge-nurse' or 'admin'; 'nurse' for a prescriber or pharmacist. */
  role: string;
  /** 'prescriber' or 'pharmacist' (0400), else null. Read the account's role through effectiveRole(). */
  clinical_role: string | null;
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

export interface InfusionEventRow {
  id: Generated<number>;
  appointment_id: string;
  administration_entry_id: string;
  drug_id: string;
  action: string;
  clock_time: string;
  rate_ml_per_hour: number | null;
  complete: number | null;
  reason: string | null;
  reaction_entry_id: string | null;
  voids_event_id: number | null;
  user_id: string | null;
  workstation: string;
  at_utc: string;
  client_request_id: string;
}

export interface VisitEventRow {
  id: Generated<number>;
  appointment_id: string;
  action: string;
  clock_time: string;
  reason: string | null;
  user_id: string | null;
  workstation: string;
  at_utc: string;
  client_request_id: string;
}

export interface VisitStateRow {
  appointment_id: string;
  phase: string;
  observation_ends: string | null;
  updated_at: string;
}
