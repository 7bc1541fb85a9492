import { sql } from 'kysely';
import type { Executor } from '../services/audit/audit';

// The day view's one query: every appointment on a date with what the block shows (patient, regimen, dose),
// ordered by chair and time, with the visit's phase at the chair. Served by index appointment_day (date,
// chair_id, start_minute); the phase is one primary-key lookup per row.

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
  /** The visit's phase at the chair (0120 visit_state), null before anything is charted. */
  phase: string | null;
  observation_ends: string | null;
  /** Why a held, cancelled or no-show appointment was set aside (its latest such event); null otherwise. */
  status_reason: string | null;
  /** Its code and values when the app wrote it (1000), for the screen to word in the reader's language. */
  status_reason_code: string | null;
  status_reason_params_json: string | null;
}

/**
 * Only released appointments look up their reason, through index appointment_event_appointment
 * (appointment_id, id): a live block costs nothing extra. The text, code and values are three lookups of the
 * same index entry (a correlated subquery returns one column), for the few released blocks of a day.
 */
const releaseReason = (column: 'reason' | 'reason_code' | 'reason_params_json') =>
  `CASE WHEN a.status IN ('held', 'cancelled', 'no-show') THEN (
    SELECT e.${column} FROM appointment_event AS e
    WHERE e.appointment_id = a.id AND e.action IN ('hold', 'cancel', 'no-show')
    ORDER BY e.id DESC LIMIT 1) END`;
const STATUS_REASON = releaseReason('reason');
const STATUS_REASON_CODE = releaseReason('reason_code');
// PostgreSQL's jsonb comes back as its text (store/postgres.ts), like SQLite's TEXT column.
const STATUS_REASON_PARAMS = releaseReason('reason_params_json');

/**
 * The same query as raw SQL, for the benchmark that measures what the core (Kysely, zod, the router) adds
 * on top of one prepared statement, and for the EXPLAIN QUERY PLAN test.
 */
export const DAY_VIEW_SQL = `
  SELECT a.id, a.plan_id, a.dose_number, a.patient_id, a.chair_id, a.nurse_id, a.date, a.start_minute,
         a.end_minute, a.status, a.flags_json, a.created_at, a.updated_at,
         p.family_name, p.given_name, p.mrn, d.cycle, d.items_json, d.is_first_dose, t.regimen_name,
         v.phase, v.observation_ends, ${STATUS_REASON} AS status_reason,
         ${STATUS_REASON_CODE} AS status_reason_code, ${STATUS_REASON_PARAMS} AS status_reason_params_json
  FROM appointment AS a
  JOIN patient AS p ON p.id = a.patient_id
  JOIN plan_dose AS d ON d.plan_id = a.plan_id AND d.dose_number = a.dose_number
  JOIN treatment_plan AS t ON t.id = a.plan_id
  LEFT JOIN visit_state AS v ON v.appointment_id = a.id
  WHERE a.date = ?
  ORDER BY a.chair_id, a.start_minute`;

export async function dayViewRows(ex: Executor, date: string): Promise<DayViewRow[]> {
  return dayViewQuery(ex, date).execute();
}

/** The day view's query, unexecuted: the PostgreSQL plan test reads its plan. */
export function dayViewQuery(ex: Executor, date: string) {
  return ex
    .selectFrom('appointment as a')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .innerJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .innerJoin('treatment_plan as t', 't.id', 'a.plan_id')
    .leftJoin('visit_state as v', 'v.appointment_id', 'a.id')
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
      'v.phase',
      'v.observation_ends',
      sql<string | null>`${sql.raw(STATUS_REASON)}`.as('status_reason'),
      sql<string | null>`${sql.raw(STATUS_REASON_CODE)}`.as('status_reason_code'),
      sql<string | null>`${sql.raw(STATUS_REASON_PARAMS)}`.as('status_reason_params_json'),
    ])
    .where('a.date', '=', date)
    .orderBy('a.chair_id')
    .orderBy('a.start_minute');
}

/** Day 0 of each CAR T plan among `planIds`, for the "D+3" on the day view (kept out of the hot day query). */
export async function carTDay0s(ex: Executor, planIds: readonly string[]): Promise<Map<string, string>> {
  if (planIds.length === 0) return new Map();
  const rows = await ex
    .selectFrom('treatment_plan')
    .select(['id', 'car_t_json'])
    .where('kind', '=', 'car-t')
    .where('id', 'in', [...new Set(planIds)])
    .execute();
  const day0s = new Map<string, string>();
  for (const row of rows) {
    const parsed = row.car_t_json ? (JSON.parse(row.car_t_json) as { day0?: unknown }) : null;
    if (typeof parsed?.day0 === 'string') day0s.set(row.id, parsed.day0);
  }
  return day0s;
}
