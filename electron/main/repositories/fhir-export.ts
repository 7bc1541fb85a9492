import type { Executor } from '../services/audit/audit';

// SQL of the FHIR export: the records of a date range, for the whole center or one patient, with the ids the
// resources keep (the app's own). Visit records are bounded by `appointment_day`, signed entries by
// `chart_entry_kind_signed` (0700), labs by their patient and draw time; portable Kysely like report-exports.ts.

export interface FhirScope {
  from: string;
  to: string;
  /** One patient's records only; null for the whole center. */
  patientId: string | null;
  /** Every record of the one patient, whatever its date (from/to are then the widest bounds). */
  wholeHistory?: boolean;
}

/** Every treatment plan of one patient, whether or not a record of the export points at it. */
export async function patientPlanIds(db: Executor, patientId: string): Promise<string[]> {
  const rows = await db.selectFrom('treatment_plan').select('id').where('patient_id', '=', patientId).execute();
  return rows.map((r) => r.id);
}

export function appointmentRows(db: Executor, scope: FhirScope) {
  let query = db
    .selectFrom('appointment as a')
    .innerJoin('chair as c', 'c.id', 'a.chair_id')
    .leftJoin('nurse as n', 'n.id', 'a.nurse_id')
    .select([
      'a.id',
      'a.patient_id',
      'a.plan_id',
      'a.dose_number',
      'a.date',
      'a.start_minute',
      'a.end_minute',
      'a.status',
      'a.created_at',
      'c.name as chair',
      'n.display_name as nurse',
    ])
    .where('a.date', '>=', scope.from)
    .where('a.date', '<=', scope.to);
  if (scope.patientId !== null) query = query.where('a.patient_id', '=', scope.patientId);
  return query.orderBy('a.date').orderBy('a.start_minute').orderBy('a.id').execute();
}

/** Signed entries of the given kinds charted at the range's visits (administrations, checks, reactions, vitals). */
export function visitEntryRows(db: Executor, kinds: readonly string[], scope: FhirScope) {
  let query = db
    .selectFrom('appointment as a')
    .innerJoin('chart_entry as c', 'c.appointment_id', 'a.id')
    .select([
      'c.entry_id',
      'c.kind',
      'c.patient_id',
      'c.appointment_id',
      'a.date',
      'a.plan_id',
      'a.dose_number',
      'c.payload',
      'c.signed_at',
      'c.signed_by',
      'c.verified_by',
    ])
    .where('a.date', '>=', scope.from)
    .where('a.date', '<=', scope.to)
    .where('c.kind', 'in', [...kinds])
    .where('c.status', '=', 'signed');
  if (scope.patientId !== null) query = query.where('a.patient_id', '=', scope.patientId);
  return query.orderBy('a.date').orderBy('c.signed_at').orderBy('c.entry_id').execute();
}

/** Signed entries of one kind signed within [fromUtc, toUtc) (irAEs, education). */
export function signedEntryRows(db: Executor, kind: string, fromUtc: string, toUtc: string, patientId: string | null) {
  let query = db
    .selectFrom('chart_entry as c')
    .select(['c.entry_id', 'c.patient_id', 'c.payload', 'c.signed_at', 'c.signed_by'])
    .where('c.kind', '=', kind)
    .where('c.status', '=', 'signed')
    .where('c.signed_at', '>=', fromUtc)
    .where('c.signed_at', '<', toUtc);
  if (patientId !== null) query = query.where('c.patient_id', '=', patientId);
  return query.orderBy('c.signed_at').orderBy('c.entry_id').execute();
}

/** Lab results drawn on the range's days (clinic wall-clock `YYYY-MM-DDTHH:MM`), voided ones left out. */
export function labRows(db: Executor, scope: FhirScope, dayAfterTo: string) {
  let query = db
    .selectFrom('lab_result')
    .selectAll()
    .where('drawn_at', '>=', scope.from)
    .where('drawn_at', '<', dayAfterTo)
    .where('voided_at', 'is', null);
  if (scope.patientId !== null) query = query.where('patient_id', '=', scope.patientId);
  return query.orderBy('drawn_at').orderBy('id').execute();
}

export function planRows(db: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('treatment_plan')
    .select(['id', 'patient_id', 'kind', 'regimen_name', 'start_date', 'status', 'created_at', 'created_by'])
    .where('id', 'in', [...planIds])
    .orderBy('id')
    .execute();
}

export function orderRows(db: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_order as o')
    .innerJoin('plan_order_line as l', 'l.order_id', 'o.id')
    .select([
      'o.id',
      'o.plan_id',
      'o.first_dose',
      'o.last_dose',
      'o.status',
      'o.prescriber_id',
      'o.prescriber_name',
      'o.external_reference',
      'o.entered_at',
      'o.verified_by',
      'l.line_number',
      'l.drug_id',
      'l.drug_name',
      'l.dose_mg',
      'l.dose_mg_per_kg',
      'l.dose_text',
      'l.route',
      'l.volume_ml',
      'l.infusion_minutes',
      'l.rate_ml_per_hour',
    ])
    .where('o.plan_id', 'in', [...planIds])
    .orderBy('o.plan_id')
    .orderBy('o.entered_at')
    .orderBy('l.line_number')
    .execute();
}

export function patientRows(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('patient')
    .select(['id', 'mrn', 'family_name', 'given_name', 'birth_date', 'sex', 'preferred_language', 'phone'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

export function userRows(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('user_account')
    .select(['id', 'display_name', 'active'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
}

export type AppointmentFhirRow = Awaited<ReturnType<typeof appointmentRows>>[number];
export type VisitEntryFhirRow = Awaited<ReturnType<typeof visitEntryRows>>[number];
export type SignedEntryFhirRow = Awaited<ReturnType<typeof signedEntryRows>>[number];
export type LabFhirRow = Awaited<ReturnType<typeof labRows>>[number];
export type PlanFhirRow = Awaited<ReturnType<typeof planRows>>[number];
export type OrderLineFhirRow = Awaited<ReturnType<typeof orderRows>>[number];
export type PatientFhirRow = Awaited<ReturnType<typeof patientRows>>[number];
export type UserFhirRow = Awaited<ReturnType<typeof userRows>>[number];
