import type { Insertable } from 'kysely';
import type { Patient, PatientSummary, PreferredWindow, Sex } from '../../../shared/ipc/contract/patients';
import type { Locale } from '../../../shared/ipc/schemas';
import { normaliseMrn, normaliseSearchText, patientSearchName } from '../../../shared/patients/search';
import type { Executor } from '../services/audit/audit';
import type { PatientRow } from '../store/schema';

// SQL for the patient table and the one place rows and domain objects are mapped.

export type PatientFields = Omit<Patient, 'id' | 'createdAt' | 'updatedAt'>;

export function toPatient(row: PatientRow): Patient {
  return {
    id: row.id,
    mrn: row.mrn,
    familyName: row.family_name,
    givenName: row.given_name,
    birthDate: row.birth_date,
    sex: row.sex as Sex,
    weightKg: row.weight_kg,
    weightMeasuredOn: row.weight_measured_on,
    heightCm: row.height_cm,
    heightMeasuredOn: row.height_measured_on,
    allergies: row.allergies,
    preferredLanguage: row.preferred_language as Locale,
    phone: row.phone,
    notes: row.notes,
    preferredWindow: row.preferred_window as PreferredWindow,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Columns for a patient's fields, including the derived search keys that must never drift from them. */
export function toPatientColumns(p: PatientFields): Omit<Insertable<PatientRow>, 'id' | 'created_at' | 'updated_at'> {
  return {
    mrn: p.mrn,
    mrn_search: normaliseMrn(p.mrn),
    family_name: p.familyName,
    given_name: p.givenName,
    search_name: patientSearchName(p.familyName, p.givenName),
    birth_date: p.birthDate,
    sex: p.sex,
    weight_kg: p.weightKg,
    weight_measured_on: p.weightMeasuredOn,
    height_cm: p.heightCm,
    height_measured_on: p.heightMeasuredOn,
    allergies: p.allergies,
    preferred_language: p.preferredLanguage,
    phone: p.phone,
    notes: p.notes,
    preferred_window: p.preferredWindow,
  };
}

export async function findPatient(db: Executor, id: string): Promise<Patient | null> {
  const row = await db.selectFrom('patient').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPatient(row) : null;
}

export async function findPatientIdByMrn(db: Executor, mrn: string): Promise<string | null> {
  const row = await db.selectFrom('patient').select('id').where('mrn', '=', mrn).executeTakeFirst();
  return row?.id ?? null;
}

export async function insertPatient(db: Executor, id: string, p: PatientFields, at: string): Promise<void> {
  await db
    .insertInto('patient')
    .values({ id, ...toPatientColumns(p), created_at: at, updated_at: at })
    .execute();
}

export async function updatePatientRow(db: Executor, id: string, p: PatientFields, at: string): Promise<void> {
  await db
    .updateTable('patient')
    .set({ ...toPatientColumns(p), updated_at: at })
    .where('id', '=', id)
    .execute();
}

const SUMMARY = ['id', 'mrn', 'family_name', 'given_name', 'birth_date', 'sex'] as const;
type SummaryRow = Pick<PatientRow, (typeof SUMMARY)[number]>;

const toSummary = (r: SummaryRow): PatientSummary => ({
  id: r.id,
  mrn: r.mrn,
  familyName: r.family_name,
  givenName: r.given_name,
  birthDate: r.birth_date,
  sex: r.sex as Sex,
});

// No LIKE escaping is needed: both search keys are folded to letters, digits and spaces, so neither can
// carry % or _.

/** MRNs starting with the key: a range on the mrn_search index (asserted with EXPLAIN QUERY PLAN). */
export function mrnPrefixQuery(db: Executor, mrnKey: string, limit: number) {
  return (
    db
      .selectFrom('patient')
      .select(SUMMARY)
      .where('mrn_search', '>=', mrnKey)
      // mrn_search holds only [A-Z0-9], all below '~', so this is the end of the prefix range.
      .where('mrn_search', '<', `${mrnKey}~`)
      .orderBy('mrn_search')
      .limit(limit)
  );
}

export async function searchByMrnPrefix(db: Executor, mrnKey: string, limit: number): Promise<PatientSummary[]> {
  return (await mrnPrefixQuery(db, mrnKey, limit).execute()).map(toSummary);
}

/** Names containing every word of the query, wherever it falls; names that start with the query come first. */
export async function searchByName(db: Executor, query: string, limit: number): Promise<PatientSummary[]> {
  const key = normaliseSearchText(query);
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0) return [];
  let q = db.selectFrom('patient').select(SUMMARY);
  for (const word of words) q = q.where((eb) => eb('search_name', 'like', `%${word}%`));
  const rows = await q
    .orderBy((eb) => eb('search_name', 'like', `${key}%`), 'desc')
    .orderBy('search_name')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

/** MRNs containing the key anywhere (nurses often type the digits they can read off a wristband). */
export async function searchByMrnPart(db: Executor, mrnKey: string, limit: number): Promise<PatientSummary[]> {
  const rows = await db
    .selectFrom('patient')
    .select(SUMMARY)
    .where('mrn_search', 'like', `%${mrnKey}%`)
    .orderBy('mrn_search')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

export async function patientExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('patient').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** How screens and sheets name the patient (and the language the patient reads). */
export async function patientNameRow(db: Executor, patientId: string) {
  return db
    .selectFrom('patient')
    .select(['id', 'family_name', 'given_name', 'birth_date', 'mrn', 'preferred_language'])
    .where('id', '=', patientId)
    .executeTakeFirst();
}

/** The weight on the patient record and the day it was measured. */
export async function patientWeightRow(db: Executor, patientId: string) {
  return db
    .selectFrom('patient')
    .select(['id', 'weight_kg', 'weight_measured_on'])
    .where('id', '=', patientId)
    .executeTakeFirst();
}

/** The time of day the patient prefers, as stored (undefined for an unknown patient). */
export async function patientPreferredWindow(db: Executor, patientId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom('patient').select('preferred_window').where('id', '=', patientId).executeTakeFirst();
  return row?.preferred_window;
}
