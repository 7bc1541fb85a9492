import type { Executor } from '../services/audit/audit';

// SQL of the record-level exports (one row per appointment, administration, reaction, irAE or education
// entry in a date range). Bounded by `appointment_day` for visit records and by `chart_entry_kind_signed`
// (0700) for entries dated by their signature; portable Kysely like repositories/reports.ts.

export function appointmentRecords(db: Executor, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .innerJoin('chair as c', 'c.id', 'a.chair_id')
    .innerJoin('treatment_plan as t', 't.id', 'a.plan_id')
    .leftJoin('nurse as n', 'n.id', 'a.nurse_id')
    .leftJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .select([
      'a.id',
      'p.mrn',
      'a.date',
      'a.start_minute',
      'a.end_minute',
      'a.status',
      'c.name as chair',
      'n.display_name as nurse',
      't.regimen_name',
      'a.dose_number',
      'd.is_first_dose',
      'd.cycle',
    ])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .orderBy('a.date')
    .orderBy('a.start_minute')
    .orderBy('a.id')
    .execute();
}

/** Signed entries of one kind charted at the range's visits (administrations, reactions). */
export function visitEntryRecords(db: Executor, kind: string, from: string, to: string) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('chart_entry as c', 'c.appointment_id', 'a.id')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .leftJoin('user_account as u', 'u.id', 'c.signed_by')
    .leftJoin('user_account as v', 'v.id', 'c.verified_by')
    .select([
      'c.entry_id',
      'p.mrn',
      'a.id as appointment_id',
      'a.date',
      'a.dose_number',
      'c.payload',
      'c.signed_at',
      'u.display_name as signed_by',
      'v.display_name as verified_by',
    ])
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .where('c.kind', '=', kind)
    .where('c.status', '=', 'signed')
    .orderBy('a.date')
    .orderBy('c.signed_at')
    .execute();
}

/** Signed entries of one kind signed within [fromUtc, toUtc) (irAEs, education), with the patient's MRN. */
/**
 * Lab results drawn on the range's days (clinic wall-clock `YYYY-MM-DDTHH:MM`), voided ones left out, with the
 * patient's MRN and who entered them.
 */
export function labRecords(db: Executor, from: string, dayAfterTo: string) {
  return db
    .selectFrom('lab_result as l')
    .innerJoin('patient as p', 'p.id', 'l.patient_id')
    .leftJoin('user_account as u', 'u.id', 'l.entered_by')
    .select([
      'l.id',
      'p.mrn',
      'l.analyte',
      'l.drawn_at',
      'l.value_text',
      'l.value_number',
      'l.comparator',
      'l.unit',
      'l.ref_low',
      'l.ref_high',
      'l.entry_method',
      'l.entered_at',
      'u.display_name as entered_by',
    ])
    .where('l.drawn_at', '>=', from)
    .where('l.drawn_at', '<', dayAfterTo)
    .where('l.voided_at', 'is', null)
    .orderBy('l.drawn_at')
    .orderBy('l.analyte')
    .orderBy('l.id')
    .execute();
}

export function signedEntryRecords(db: Executor, kind: string, fromUtc: string, toUtc: string) {
  return db
    .selectFrom('chart_entry as c')
    .innerJoin('patient as p', 'p.id', 'c.patient_id')
    .leftJoin('user_account as u', 'u.id', 'c.signed_by')
    .select(['c.entry_id', 'p.mrn', 'c.payload', 'c.signed_at', 'u.display_name as signed_by'])
    .where('c.kind', '=', kind)
    .where('c.status', '=', 'signed')
    .where('c.signed_at', '>=', fromUtc)
    .where('c.signed_at', '<', toUtc)
    .orderBy('c.signed_at')
    .execute();
}
