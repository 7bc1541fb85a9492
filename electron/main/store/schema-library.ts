// Row types for center library changes (migration 0100). The domain types are in
// shared/ipc/contract/library-overrides.ts; the mapping is in repositories/library-overrides.ts.

export interface LibraryOverrideRow {
  record_kind: 'drug' | 'regimen' | 'car-t';
  record_id: string;
  field_path: string;
  value_json: string;
  shipped_value_json: string;
  library_version: string;
  reason: string;
  saved_at: string;
  saved_by: string | null;
}

export interface CenterRegimenRow {
  id: string;
  record_json: string;
  library_version: string;
  reason: string;
  saved_at: string;
  saved_by: string | null;
}
