import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import type { TestCore } from './core';
import { makePatient } from './patients';

// Builders for scheduling tests: a small center (chairs, nurses on weekday shifts), patients and plans,
// all made through the same channels the app uses.

export interface TestCenter {
  chairIds: string[];
  nurseIds: string[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];

export async function makeCenter(
  t: TestCore,
  options: { chairs?: number; nurses?: number; shift?: [number, number] } = {},
): Promise<TestCenter> {
  const chairIds: string[] = [];
  for (let i = 1; i <= (options.chairs ?? 3); i++) {
    chairIds.push((await t.ok('center:save-chair', { name: `Chair ${i}` })).id);
  }
  const nurseIds: string[] = [];
  const [start, end] = options.shift ?? [7 * 60 + 45, 17 * 60 + 15];
  for (let i = 1; i <= (options.nurses ?? 2); i++) {
    const nurse = await t.ok('center:save-nurse', { displayName: `Nurse ${i}`, initials: `N${i}` });
    await t.ok('center:save-shifts', {
      nurseId: nurse.id,
      shifts: WEEKDAYS.map((weekday) => ({ weekday, startMinute: start, endMinute: end })),
    });
    nurseIds.push(nurse.id);
  }
  return { chairIds, nurseIds };
}

export async function addPatient(t: TestCore, overrides: Partial<IpcInput<'patients:create'>> = {}): Promise<string> {
  return (await t.ok('patients:create', makePatient({ preferredWindow: 'any', ...overrides }))).id;
}

export async function startPlan(
  t: TestCore,
  patientId: string,
  overrides: Partial<Extract<IpcInput<'plans:create'>, { kind: 'regimen' }>> = {},
): Promise<IpcOutput<'plans:create'>> {
  return t.ok('plans:create', {
    kind: 'regimen',
    patientId,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: '2026-11-30',
    maxDoses: 6,
    ...overrides,
  });
}

/** Rows changed since the last call: proves that a refused request wrote nothing. */
export function changeCounter(t: TestCore): () => number {
  let last = t.core.store.totalChanges();
  return () => {
    const now = t.core.store.totalChanges();
    const delta = now - last;
    last = now;
    return delta;
  };
}
