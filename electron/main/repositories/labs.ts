import type { LabResult } from '../../../shared/ipc/contract/labs';
import type { AnalyteId } from '../../../shared/labs/analytes';
import type { Executor } from '../services/audit/audit';
import type { LabResultRow } from '../store/schema-labs';

// SQL for lab results (0500). Results are only ever voided, never changed or deleted.

export async function insertLabResult(ex: Executor, row: LabResultRow): Promise<void> {
  await ex.insertInto('lab_result').values(row).execute();
}

function toResult(r: LabResultRow & { display_name: string | null }): LabResult {
  return {
    id: r.id,
    patientId: r.patient_id,
    analyte: r.analyte as AnalyteId,
    drawnAt: r.drawn_at,
    valueText: r.value_text,
    valueNumber: r.value_number,
    comparator: r.comparator,
    unit: r.unit,
    refLow: r.ref_low,
    refHigh: r.ref_high,
    firstUnitValue: r.first_unit_value,
    firstUnitRefLow: r.first_unit_ref_low,
    firstUnitRefHigh: r.first_unit_ref_high,
    entryMethod: r.entry_method,
    enteredBy: r.display_name,
    enteredAt: r.entered_at,
    voided: r.voided_at === null ? null : { at: r.voided_at, reason: r.void_reason ?? '' },
  };
}

/** A patient's results, oldest first (voided ones included: the view shows them struck through). */
export async function labResultsOf(ex: Executor, patientId: string): Promise<LabResult[]> {
  const rows = await ex
    .selectFrom('lab_result as l')
    .leftJoin('user_account as u', 'u.id', 'l.entered_by')
    .selectAll('l')
    .select('u.display_name')
    .where('l.patient_id', '=', patientId)
    .orderBy('l.drawn_at')
    .orderBy('l.entered_at')
    .execute();
  return rows.map(toResult);
}

/** Current (not voided) results of many patients, for the worklist: one query, not one per patient. */
export async function currentLabsOf(ex: Executor, patientIds: readonly string[]): Promise<LabResult[]> {
  if (patientIds.length === 0) return [];
  const rows = await ex
    .selectFrom('lab_result as l')
    .leftJoin('user_account as u', 'u.id', 'l.entered_by')
    .selectAll('l')
    .select('u.display_name')
    .where('l.patient_id', 'in', [...patientIds])
    .where('l.voided_at', 'is', null)
    .orderBy('l.drawn_at')
    .execute();
  return rows.map(toResult);
}

export async function findLabResult(ex: Executor, id: string) {
  return ex.selectFrom('lab_result').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function voidLabResult(ex: Executor, id: string, at: string, by: string | null, reason: string) {
  await ex
    .updateTable('lab_result')
    .set({ voided_at: at, voided_by: by, void_reason: reason })
    .where('id', '=', id)
    .execute();
}
