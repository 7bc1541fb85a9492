// One workstation of a center in its own process, for the multi-workstation test: its own core on the shared
// PostgreSQL database, signed in as the nurse, booking, moving and charting for a bounded time. It prints one
// JSON line per answer AFTER the answer came back, so "ok" means committed.
//   node --import tsx tests/support/workstation-child.ts --db URL --plans ID,ID,… --chairs ID,ID --patients ID,…
//        --seed N --ms 8000
import { parseArgs } from 'node:util';
import { fixedClock } from '../../electron/main/core/clock';
import { createCore, type Core } from '../../electron/main/core/create-core';
import { NURSE, registerTestChartKinds } from './auth';
import { TEST_CENTER_KEY } from './postgres';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    plans: { type: 'string' },
    chairs: { type: 'string' },
    patients: { type: 'string' },
    seed: { type: 'string' },
    ms: { type: 'string' },
  },
});
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const plans = values.plans!.split(',');
const chairs = values.chairs!.split(',');
const patients = values.patients!.split(',');
const seed = Number(values.seed ?? '1');
let state = seed * 7919;
const pick = <T>(list: readonly T[]): T => {
  state = (state * 48271) % 2147483647;
  return list[state % list.length]!;
};
const STARTS = [8 * 60, 9 * 60, 10 * 60, 11 * 60, 13 * 60, 14 * 60];
const mine: string[] = [];
let counter = 0;

async function call(core: Core, channel: string, input: unknown): Promise<Record<string, unknown> | null> {
  const result = await core.dispatch(channel, input);
  if (result.ok) return result.value as Record<string, unknown>;
  say({ t: 'refused', channel, code: result.error.code, message: result.error.message });
  return null;
}

async function book(core: Core): Promise<void> {
  const booked = await call(core, 'schedule:book-dose', {
    planId: pick(plans),
    doseNumber: 1,
    chairId: pick(chairs),
    date: '2026-11-30',
    start: pick(STARTS),
  });
  if (!booked) return;
  mine.push(booked.id as string);
  say({ t: 'ok', kind: 'appointment', id: booked.id });
}

async function move(core: Core): Promise<void> {
  if (mine.length === 0) return book(core);
  const id = pick(mine);
  const target = { chairId: pick(chairs), date: '2026-11-30', start: pick(STARTS) };
  const moved = await call(core, 'schedule:move', { appointmentId: id, ...target, reason: 'Balancing the day' });
  if (moved) say({ t: 'ok', kind: 'move', id, chairId: moved.chairId, start: moved.start });
}

async function chart(core: Core): Promise<void> {
  counter += 1;
  const draft = await call(core, 'chart:save-draft', {
    patientId: pick(patients),
    kind: 'test-note',
    payload: { text: `Workstation ${seed} note ${counter}` },
    clientRequestId: `workstation-${seed}-draft-${counter}`,
  });
  if (!draft) return;
  const signed = await call(core, 'chart:sign', {
    id: draft.id,
    clientRequestId: `workstation-${seed}-sign-${counter}`,
  });
  if (signed) say({ t: 'ok', kind: 'signed-entry', id: draft.id });
}

registerTestChartKinds();
const core = await createCore({
  databasePath: values.db!,
  centerKey: TEST_CENTER_KEY,
  clock: fixedClock('2026-11-27T09:00:00Z'),
  authPolicy: { pinSignIn: true },
  checkpointEveryMinutes: 0,
  workstation: `workstation-${seed}`,
});
await call(core, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
say({ t: 'ready' });
const until = Date.now() + Number(values.ms ?? '8000');
const work = [book, move, chart];
while (Date.now() < until) await pick(work)(core);
await core.close();
say({ t: 'done' });
