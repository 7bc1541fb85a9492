import type { Executor } from '../services/audit/audit';

// SQL of the center reports (issue 17). Every query is bounded by the appointment's date through
// `appointment_day` (date, chair, start) or by the entry's kind and signature time through
// `chart_entry_kind_signed` (0700), so a year of a 40-chair center reads only that year. Plain Kysely, no
// SQLite-only functions (no json_extract, no strftime), so the same queries run on PostgreSQL: JSON payloads
// are read in the service.

export interface ReportAppointmentRow {
  id: string;
  plan_id: string;
  dose_number: number;
  patient_id: string;
  nurse_id: string | null;
  date: string;
  start_minute: number;
  end_minute: number;
  status: string;
  is_first_dose: number | null;
}

/** Every appointment of the range with whether it is the plan's first dose. */
export function appointmentsInRange(db: Executor, from: string, to: string): Promise<ReportAppointmentRow[]> {
  return db
    .selectFrom('appointment as a')
    .leftJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .select([
      'a.id',
      'a.plan_id',
      'a.dose_number',
      'a.patient_id',
      'a.nurse_id',
      'a.date',
      'a.start_minute',
      'a.end_minute',
      'a.status',
      'd.is_first_dose',
    ])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .execute();
}

/** When each visit of the range was checked in (the signed check-in's signature time, UTC). */
export function checkInsInRange(db: Executor, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('chart_entry as c', 'c.appointment_id', 'a.id')
    .select(['a.id as appointment_id', 'c.signed_at'])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .where('c.kind', '=', 'check-in')
    .where('c.status', '=', 'signed')
    .execute();
}

/** Infusion starts (and the voids that may cancel them) of the range's visits, clinic clock times. */
export function startsInRange(db: Executor, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('infusion_event as e', 'e.appointment_id', 'a.id')
    .select(['a.id as appointment_id', 'e.id', 'e.action', 'e.clock_time', 'e.voids_event_id'])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .where('e.action', 'in', ['start', 'void'])
    .execute();
}

/** Chair releases (the nurse's discharge) of the range's visits, clinic clock times. */
export function dischargesInRange(db: Executor, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('visit_event as v', 'v.appointment_id', 'a.id')
    .select(['a.id as appointment_id', 'v.clock_time'])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .where('v.action', '=', 'discharge')
    .execute();
}

/** Cancellations of the range's appointments with when they were made (UTC). */
export function cancellationsInRange(db: Executor, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('appointment_event as e', 'e.appointment_id', 'a.id')
    .select(['a.id as appointment_id', 'a.date', 'e.at_utc'])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .where('a.status', '=', 'cancelled')
    .where('e.action', '=', 'cancel')
    .execute();
}

/** Signed reactions charted at the range's visits, with the dose they happened on. */
export function reactionsInRange(db: Executor, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('chart_entry as c', 'c.appointment_id', 'a.id')
    .leftJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .select(['a.id as appointment_id', 'a.dose_number', 'd.is_first_dose', 'c.payload'])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .where('c.kind', '=', 'reaction')
    .where('c.status', '=', 'signed')
    .execute();
}

/**
 * Signed entries of one kind signed on or after `fromUtc` (an event's onset or assessment date is never after
 * its signature, so this bounds the read; the service keeps those whose own date is in the range).
 */
export function signedEntriesSince(db: Executor, kind: string, fromUtc: string) {
  return db
    .selectFrom('chart_entry as c')
    .innerJoin('patient as p', 'p.id', 'c.patient_id')
    .select(['c.entry_id', 'c.patient_id', 'p.mrn', 'c.payload', 'c.signed_at'])
    .where('c.kind', '=', kind)
    .where('c.status', '=', 'signed')
    .where('c.signed_at', '>=', fromUtc)
    .execute();
}

/** Signed education entries of these patients (for the first-dose education figure). */
export async function educationOf(db: Executor, patientIds: readonly string[]) {
  if (patientIds.length === 0) return [];
  const rows = [];
  // Chunks keep the bound parameters under SQLite's limit on a year of first doses.
  for (let i = 0; i < patientIds.length; i += 500) {
    const chunk = patientIds.slice(i, i + 500);
    rows.push(
      ...(await db
        .selectFrom('chart_entry')
        .select(['patient_id', 'payload', 'signed_at'])
        .where('kind', '=', 'education')
        .where('status', '=', 'signed')
        .where('patient_id', 'in', chunk)
        .execute()),
    );
  }
  return rows;
}

/** The plans named by reports (regimen and kind), and CAR T infusion dates by plan. */
export async function plansByIds(db: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('treatment_plan')
    .select(['id', 'regimen_name', 'kind'])
    .where('id', 'in', [...planIds])
    .execute();
}

export async function carTInfusionDates(db: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('appointment as a')
    .innerJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .select(['a.plan_id', 'a.date'])
    .where('a.plan_id', 'in', [...planIds])
    .where('d.kind', '=', 'car-t-infusion')
    .where('a.status', 'not in', ['cancelled', 'held', 'no-show'])
    .execute();
}

/** Completed dose dates of these plans (an irAE before a plan's second dose counts as a first-dose event). */
export async function givenDoseDates(db: Executor, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('appointment')
    .select(['plan_id', 'date'])
    .where('plan_id', 'in', [...planIds])
    .where('status', 'not in', ['cancelled', 'held', 'no-show', 'scheduled'])
    .execute();
}

/** What the utilisation figure needs about the center: active chairs, opening hours, closures. */
export async function centerShape(db: Executor, from: string, to: string) {
  const chairs = await db
    .selectFrom('chair')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('active', '=', 1)
    .executeTakeFirst();
  const hours = await db.selectFrom('opening_hours').selectAll().execute();
  const closures = await db
    .selectFrom('closure')
    .select('date')
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  const limits = await db.selectFrom('center_limits').selectAll().executeTakeFirst();
  return { activeChairs: Number(chairs?.n ?? 0), hours, closures: closures.map((c) => c.date), limits };
}
