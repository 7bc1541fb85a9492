import type { DrugStep } from '../../../shared/schedule/drug-readiness';
import type { PharmacyItem } from '../../../shared/ipc/contract/pharmacy';
import { clockTime } from '../../../shared/schedule/windows';
import type { Executor } from '../services/audit/audit';

// SQL for the drug preparation history (0610): one row per step reached, read per visit or per day.

export interface DrugStepRecord {
  appointmentId: string;
  step: DrugStep;
  atUtc: string;
  clockMinute: number;
  userId: string | null;
  userName: string | null;
  waitMinutes: number | null;
}

export async function insertDrugStep(
  ex: Executor,
  row: Omit<DrugStepRecord, 'userName'> & { workstation: string },
): Promise<void> {
  await ex
    .insertInto('drug_preparation_event')
    .values({
      appointment_id: row.appointmentId,
      step: row.step,
      at_utc: row.atUtc,
      clock_minute: row.clockMinute,
      user_id: row.userId,
      workstation: row.workstation,
      wait_minutes: row.waitMinutes,
    })
    .execute();
}

/** Every step recorded for the appointments of one date, oldest first (index drug_preparation_once). */
export async function drugStepsOn(ex: Executor, date: string): Promise<DrugStepRecord[]> {
  const rows = await ex
    .selectFrom('drug_preparation_event as e')
    .innerJoin('appointment as a', 'a.id', 'e.appointment_id')
    .leftJoin('user_account as u', 'u.id', 'e.user_id')
    .select([
      'e.appointment_id',
      'e.step',
      'e.at_utc',
      'e.clock_minute',
      'e.user_id',
      'e.wait_minutes',
      'u.display_name',
    ])
    .where('a.date', '=', date)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    appointmentId: r.appointment_id,
    step: r.step as DrugStep,
    atUtc: r.at_utc,
    clockMinute: r.clock_minute,
    userId: r.user_id,
    userName: r.display_name ?? null,
    waitMinutes: r.wait_minutes,
  }));
}

export async function drugStepsOf(ex: Executor, appointmentId: string): Promise<DrugStep[]> {
  const rows = await ex
    .selectFrom('drug_preparation_event')
    .select('step')
    .where('appointment_id', '=', appointmentId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.step as DrugStep);
}

/** The current step of each appointment's drug, with every step's time and author. */
export interface DrugState {
  step: DrugStep;
  steps: PharmacyItem['steps'];
  waitMinutes: number | null;
}

export function drugStates(records: readonly DrugStepRecord[]): Map<string, DrugState> {
  const states = new Map<string, DrugState>();
  for (const r of records) {
    const state = states.get(r.appointmentId) ?? { step: 'ordered' as DrugStep, steps: [], waitMinutes: null };
    state.step = r.step;
    state.steps.push({ step: r.step, time: clockTime(r.clockMinute), by: r.userName });
    if (r.step === 'delivered') state.waitMinutes = r.waitMinutes;
    states.set(r.appointmentId, state);
  }
  return states;
}
