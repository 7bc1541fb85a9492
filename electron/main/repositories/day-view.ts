import type { Executor } from '../services/audit';

// The day view's one query: every appointment on a date with what the block shows (patient, regimen, dose),
// ordered by chair and time. Served by index appointment_day (date, chair_id, start_minute).

export interface DayViewRow {
  id: string;
  plan_id: string;
  dose_number: number;
  patient_id: string;
  chair_id: string;
  nurse_id: string | null;
  date: string;
  start_minute: number;
  end_minute: number;
  status: string;
  flags_json: string;
  created_at: string;
  updated_at: string;
  family_name: string;
  given_name: string;
  mrn: string;
  cycle: number;
  items_json: string;
  is_first_dose: number;
  regimen_name: string;
}

/**
 * The same query as raw SQL, for the benchmark that measures what the core (Kysely, zod, the router) adds
 * on top of one prepared statement, and for the EXPLAIN QUERY PLAN test.
 */
export const DAY_VIEW_SQL = `
  SELECT a.id, a.plan_id, a.dose_number, a.patient_id, a.chair_id, a.nurse_id, a.date, a.start_minute,
         a.end_minute, a.status, a.flags_json, a.created_at, a.updated_at,
         p.family_name, p.given_name, p.mrn, d.cycle, d.items_json, d.is_first_dose, t.regimen_name
  FROM appointment AS a
  JOIN patient AS p ON p.id = a.patient_id
  JOIN plan_dose AS d ON d.plan_id = a.plan_id AND d.dose_number = a.dose_number
  JOIN treatment_plan AS t ON t.id = a.plan_id
  WHERE a.date = ?
  ORDER BY a.chair_id, a.start_minute`;

export async function dayViewRows(ex: Executor, date: string): Promise<DayViewRow[]> {
  return ex
    .selectFrom('appointment as a')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .innerJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .innerJoin('treatment_plan as t', 't.id', 'a.plan_id')
    .select([
      'a.id',
      'a.plan_id',
      'a.dose_number',
      'a.patient_id',
      'a.chair_id',
      'a.nurse_id',
      'a.date',
      'a.start_minute',
      'a.end_minute',
      'a.status',
      'a.flags_json',
      'a.created_at',
      'a.updated_at',
      'p.family_name',
      'p.given_name',
      'p.mrn',
      'd.cycle',
      'd.items_json',
      'd.is_first_dose',
      't.regimen_name',
    ])
    .where('a.date', '=', date)
    .orderBy('a.chair_id')
    .orderBy('a.start_minute')
    .execute();
}
