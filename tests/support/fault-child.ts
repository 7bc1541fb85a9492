// A Chairside core in its own process, for the fault tests: it signs chart entries and books plans as fast
// as it can and prints one JSON line per answer AFTER the answer came back (so a line "ok" means committed).
// The parent kills it (kill -9), limits its file size (I/O errors) and so on, then checks the database.
//   node --import tsx tests/support/fault-child.ts --db PATH [--max N]
import { parseArgs } from 'node:util';
import { fixedClock } from '../../electron/main/core/clock';
import { createCore, type Core } from '../../electron/main/core/create-core';
import { testKeystore } from '../harness/keystore';
import { TEST_SECRET_COST } from './secret-cost';
import { ADMIN, NURSE, registerTestChartKinds } from './auth';
import { makePatient } from './patients';

const { values } = parseArgs({
  options: { db: { type: 'string' }, max: { type: 'string' }, seed: { type: 'string' } },
});
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
let counter = Number(values.seed ?? '0') * 100_000;

async function call(
  core: Core,
  channel: string,
  input: unknown,
): Promise<{ id?: string; [k: string]: unknown } | null> {
  const result = await core.dispatch(channel, input);
  if (result.ok) return result.value as { id?: string };
  say({ t: 'refused', channel, code: result.error.code });
  return null;
}

async function prepare(core: Core): Promise<void> {
  const status = (await core.dispatch('auth:status', {})) as { ok: true; value: { setupNeeded: boolean } };
  if (status.value.setupNeeded) {
    await call(core, 'auth:setup-admin', ADMIN);
    await call(core, 'users:create', NURSE);
    await call(core, 'center:save-chair', { name: 'Chair 1' });
    await call(core, 'center:save-chair', { name: 'Chair 2' });
    const nurse = await call(core, 'center:save-nurse', { displayName: 'Nurse 1', initials: 'N1' });
    const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
    await call(core, 'center:save-shifts', { nurseId: nurse?.id, shifts });
  }
  await call(core, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
}

async function signOne(core: Core): Promise<void> {
  counter += 1;
  const patient = await call(
    core,
    'patients:create',
    makePatient({ mrn: `K-${counter}`, familyName: `Killed${counter}` }),
  );
  if (!patient) return;
  const draft = await call(core, 'chart:save-draft', {
    patientId: patient.id,
    kind: 'test-note',
    payload: { text: `Note ${counter}` },
    clientRequestId: `d-${counter}-${Date.now()}`,
  });
  if (!draft) return;
  const signed = await call(core, 'chart:sign', { id: draft.id, clientRequestId: `s-${counter}-${Date.now()}` });
  if (signed) say({ t: 'ok', kind: 'signed-entry', id: draft.id });
}

async function bookOne(core: Core): Promise<void> {
  counter += 1;
  const patient = await call(
    core,
    'patients:create',
    makePatient({ mrn: `B-${counter}`, familyName: `Booked${counter}`, preferredWindow: 'any' }),
  );
  if (!patient) return;
  const plan = await call(core, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: '2026-11-30',
    maxDoses: 1,
  });
  if (!plan) return;
  const booked = (await call(core, 'schedule:book-plan', { planId: plan.id })) as {
    booked?: Array<{ appointmentId: string }>;
  } | null;
  for (const dose of booked?.booked ?? []) say({ t: 'ok', kind: 'appointment', id: dose.appointmentId });
}

registerTestChartKinds();
const core = await createCore({
  databasePath: values.db!,
  clock: fixedClock('2026-11-27T09:00:00Z'),
  keystore: testKeystore(),
  authPolicy: { pinSignIn: true, secretCost: TEST_SECRET_COST },
  checkpointEveryMinutes: 0,
  workstation: 'fault-child',
});
await prepare(core);
say({ t: 'ready' });
const max = Number(values.max ?? 'Infinity');
for (let i = 0; i < max; i += 1) {
  if (i % 2 === 0) await signOne(core);
  else await bookOne(core);
}
await core.close();
say({ t: 'done' });
