import type { OverrideRecordKind } from '../../../shared/library/targets';
import type { Executor } from '../services/audit/audit';
import type { CenterRegimenRow, LibraryOverrideRow } from '../store/schema-library';

// SQL for center overrides and center regimens (migration 0100), and their row ↔ domain mapping.

export interface StoredOverride {
  recordKind: OverrideRecordKind;
  recordId: string;
  fieldPath: string;
  value: number;
  shippedValueWhenMade: number | null;
  libraryVersion: string;
  reason: string;
  savedAt: string;
  savedBy: string | null;
}

export interface StoredCenterRegimen {
  id: string;
  /** The record as saved; validated again against the current library whenever it is used. */
  record: unknown;
  libraryVersion: string;
  reason: string;
  savedAt: string;
  savedBy: string | null;
}

const asNumberOrNull = (json: string): number | null => {
  const value: unknown = JSON.parse(json);
  return typeof value === 'number' ? value : null;
};

const toOverride = (r: LibraryOverrideRow): StoredOverride => ({
  recordKind: r.record_kind,
  recordId: r.record_id,
  fieldPath: r.field_path,
  value: Number(JSON.parse(r.value_json)),
  shippedValueWhenMade: asNumberOrNull(r.shipped_value_json),
  libraryVersion: r.library_version,
  reason: r.reason,
  savedAt: r.saved_at,
  savedBy: r.saved_by,
});

export async function listOverrides(db: Executor): Promise<StoredOverride[]> {
  const rows = await db
    .selectFrom('library_override')
    .selectAll()
    .orderBy('record_kind')
    .orderBy('record_id')
    .orderBy('field_path')
    .execute();
  return rows.map(toOverride);
}

export async function findOverride(
  db: Executor,
  key: Pick<StoredOverride, 'recordKind' | 'recordId' | 'fieldPath'>,
): Promise<StoredOverride | null> {
  const row = await db
    .selectFrom('library_override')
    .selectAll()
    .where('record_kind', '=', key.recordKind)
    .where('record_id', '=', key.recordId)
    .where('field_path', '=', key.fieldPath)
    .executeTakeFirst();
  return row ? toOverride(row) : null;
}

export async function upsertOverride(db: Executor, o: StoredOverride): Promise<void> {
  const values: LibraryOverrideRow = {
    record_kind: o.recordKind,
    record_id: o.recordId,
    field_path: o.fieldPath,
    value_json: JSON.stringify(o.value),
    shipped_value_json: JSON.stringify(o.shippedValueWhenMade),
    library_version: o.libraryVersion,
    reason: o.reason,
    saved_at: o.savedAt,
    saved_by: o.savedBy,
  };
  const { record_kind: _kind, record_id: _id, field_path: _path, ...changes } = values;
  await db
    .insertInto('library_override')
    .values(values)
    .onConflict((oc) => oc.columns(['record_kind', 'record_id', 'field_path']).doUpdateSet(changes))
    .execute();
}

export async function deleteOverride(
  db: Executor,
  key: Pick<StoredOverride, 'recordKind' | 'recordId' | 'fieldPath'>,
): Promise<boolean> {
  const result = await db
    .deleteFrom('library_override')
    .where('record_kind', '=', key.recordKind)
    .where('record_id', '=', key.recordId)
    .where('field_path', '=', key.fieldPath)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

const toCenterRegimen = (r: CenterRegimenRow): StoredCenterRegimen => ({
  id: r.id,
  record: JSON.parse(r.record_json),
  libraryVersion: r.library_version,
  reason: r.reason,
  savedAt: r.saved_at,
  savedBy: r.saved_by,
});

export async function listCenterRegimens(db: Executor): Promise<StoredCenterRegimen[]> {
  const rows = await db.selectFrom('center_regimen').selectAll().orderBy('id').execute();
  return rows.map(toCenterRegimen);
}

export async function findCenterRegimen(db: Executor, id: string): Promise<StoredCenterRegimen | null> {
  const row = await db.selectFrom('center_regimen').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCenterRegimen(row) : null;
}

export async function upsertCenterRegimen(db: Executor, r: StoredCenterRegimen): Promise<void> {
  const values: CenterRegimenRow = {
    id: r.id,
    record_json: JSON.stringify(r.record),
    library_version: r.libraryVersion,
    reason: r.reason,
    saved_at: r.savedAt,
    saved_by: r.savedBy,
  };
  const { id: _id, ...changes } = values;
  await db
    .insertInto('center_regimen')
    .values(values)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
}

/**
 * The center's longest opening day in minutes, or null when no day is open (or the center-setup tables are
 * absent): then the caller falls back to 24 hours.
 */
export async function longestOpeningDayMinutes(db: Executor): Promise<number | null> {
  const row = await db
    .selectFrom('opening_hours')
    .select((eb) => eb.fn.max(eb('close_minute', '-', eb.ref('open_minute'))).as('longest'))
    .where('is_closed', '=', 0)
    .executeTakeFirst();
  return row?.longest ?? null;
}
