import type { Executor } from '../services/audit/audit';

// What the downtime sheet prints: the day's live appointments with the patient, chair and regimen, and each
// booked patient's latest signed infusion reaction.

export interface DowntimeRow {
  start_minute: number;
  end_minute: number;
  status: string;
  chair_name: string;
  patient_id: string;
  family_name: string;
  given_name: string;
  mrn: string;
  birth_date: string;
  allergies: string | null;
  regimen_name: string;
  cycle: number;
  dose_number: number;
}

export async function downtimeRows(db: Executor, date: string): Promise<DowntimeRow[]> {
  return db
    .selectFrom('appointment as a')
    .innerJoin('patient as p', 'p.id', 'a.patient_id')
    .innerJoin('chair as c', 'c.id', 'a.chair_id')
    .innerJoin('treatment_plan as t', 't.id', 'a.plan_id')
    .innerJoin('plan_dose as d', (join) =>
      join.onRef('d.plan_id', '=', 'a.plan_id').onRef('d.dose_number', '=', 'a.dose_number'),
    )
    .select([
      'a.start_minute',
      'a.end_minute',
      'a.status',
      'c.name as chair_name',
      'p.id as patient_id',
      'p.family_name',
      'p.given_name',
      'p.mrn',
      'p.birth_date',
      'p.allergies',
      't.regimen_name',
      'd.cycle',
      'a.dose_number',
    ])
    .where('a.date', '=', date)
    .where('a.status', 'not in', ['cancelled', 'no-show'])
    .orderBy('a.start_minute')
    .orderBy('c.sort_order')
    .execute();
}

export interface LastReaction {
  patient_id: string;
  signed_at: string;
  payload: string;
}

/** Each patient's most recent signed infusion reaction (the current version of the entry). */
export async function lastReactions(db: Executor, patientIds: string[]): Promise<LastReaction[]> {
  if (patientIds.length === 0) return [];
  const rows = await db
    .selectFrom('chart_entry as e')
    .select(['e.patient_id', 'e.signed_at', 'e.payload'])
    .where('e.kind', '=', 'reaction')
    .where('e.status', '=', 'signed')
    .where('e.patient_id', 'in', patientIds)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('chart_entry as n').select('n.id').whereRef('n.supersedes_id', '=', 'e.id'))),
    )
    .orderBy('e.signed_at', 'desc')
    .execute();
  const latest = new Map<string, LastReaction>();
  for (const row of rows) if (!latest.has(row.patient_id)) latest.set(row.patient_id, row as LastReaction);
  return [...latest.values()];
}
