import type { Generated } from 'kysely';

// Row types mirror the columns (snake_case). Domain types live in shared/ (camelCase); mapping happens in
// the repositories.
export interface SettingRow {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AuditEventRow {
  id: Generated<number>;
  at_utc: string;
  user_id: string | null;
  workstation: string;
  patient_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

export interface DatabaseSchema {
  setting: SettingRow;
  audit_event: AuditEventRow;
}
