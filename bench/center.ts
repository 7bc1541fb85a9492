import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createCore, type Core } from '../electron/main/core/create-core';
import { generateLargeCenter, type LargeCenterSummary } from '../electron/main/demo/large-center';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { newCenterKey, openCenterSecureStore } from '../electron/main/security/open-center-store';
import { toolKeys } from '../electron/main/security/tool-keys';
import { registerChartKind } from '../electron/main/services/chart/chart-kinds';
import { importIntoCenter } from '../electron/main/services/center/center-import';
import { parseDatabaseSetting } from '../electron/main/store/location';
import { addDays } from '../shared/center/calendar';
import { devKeystore } from '../tests/harness/keystore';
import { benchServer, type BenchServer } from './center-server';
import { weekdayOnOrAfter } from './lib';
import type { BenchContext } from './options';
import { newSixDosePlans } from './schedule';

// Center mode's two stores holding the same center: the generated center is built on a workstation file,
// its bench nurse, patients and plans added through the core, then the file is moved onto a new PostgreSQL
// database with center:import's own code, so both sides measure the very same rows.

export const CENTER_KIND = 'bench-center-note';
const NURSE = { displayName: 'Bench Nurse', initials: 'BN', secretKind: 'password', secret: 'bench-passphrase' };

export interface CenterSide {
  dialect: 'SQLite' | 'PostgreSQL';
  core: Core;
  nextPlan: () => string;
}

export interface CenterPair {
  sqlite: CenterSide;
  postgres: CenterSide;
  busyDay: string;
  patientId: string;
  userId: string;
  summary: LargeCenterSummary;
  importSeconds: number;
  close(): Promise<void>;
}

/** Quick: 20 chairs and three weeks of history; full: the 5-year, 40-chair generated center. */
export const centerSize = (quick: boolean) => (quick ? { years: 0.06, chairs: 20 } : { years: 5, chairs: 40 });

export async function must(core: Core, channel: string, input: unknown): Promise<{ id: string }> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: string };
}

async function buildOnFile(file: string, context: BenchContext, plans: number) {
  const core = await createCore({
    databasePath: file,
    clock: clockOn(context.today, SHOW_MINUTE),
    workstation: 'bench',
    keystore: devKeystore(file),
  });
  try {
    const summary = await generateLargeCenter(core, { ...centerSize(context.quick), today: context.today });
    const busyDay = weekdayOnOrAfter(addDays(context.today, 3));
    const planIds = await newSixDosePlans(core, plans, busyDay);
    await must(core, 'auth:setup-admin', NURSE);
    await must(core, 'settings:update', { idleLockMinutes: 120 });
    const patient = await must(core, 'patients:create', {
      mrn: 'BENCH-CHART',
      familyName: 'Bench',
      givenName: 'Chart',
      birthDate: '1960-01-01',
      sex: 'unknown',
    });
    const status = (await core.dispatch('auth:status', {})) as { ok: true; value: { user: { id: string } } };
    return { summary, busyDay, planIds, patientId: patient.id, userId: status.value.user.id };
  } finally {
    await core.close();
  }
}

async function moveOntoServer(file: string, server: BenchServer, centerKey: string, today: string) {
  const database = await server.createDatabase();
  const location = parseDatabaseSetting(database.url);
  if (location.kind !== 'postgres') throw new Error('not a PostgreSQL URL');
  const now = new Date(`${today}T06:00:00Z`);
  const migrated = await openCenterSecureStore({ location, centerKey, workstation: 'bench', migrate: true, now });
  await migrated.store.close();
  const { keys, encrypted } = toolKeys(file, { keystore: devKeystore(file) });
  const started = performance.now();
  await importIntoCenter({
    from: file,
    sourceKeys: keys,
    encrypted,
    to: location,
    centerKey,
    now,
    workstation: 'bench',
  });
  return { database, importSeconds: (performance.now() - started) / 1000 };
}

async function side(dialect: CenterSide['dialect'], core: Core, planIds: string[]): Promise<CenterSide> {
  await must(core, 'auth:sign-in', { initials: NURSE.initials, secret: NURSE.secret });
  let next = 0;
  return { dialect, core, nextPlan: () => planIds[next++ % planIds.length]! };
}

/** The pair, or null when PostgreSQL is not installed here (and no server URL was given). */
export async function openCenterPair(context: BenchContext, plans: number): Promise<CenterPair | null> {
  const server = await benchServer();
  if (!server) return null;
  registerChartKind(CENTER_KIND, z.object({ text: z.string().min(1), painScore: z.number().int().min(0).max(10) }));
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-center-'));
  const file = join(dir, 'center.sqlite3');
  const centerKey = newCenterKey();
  const cleanup: Array<() => unknown> = [() => rmSync(dir, { recursive: true, force: true })];
  cleanup.push(() => server.stop());
  try {
    const built = await buildOnFile(file, context, plans);
    const { database, importSeconds } = await moveOntoServer(file, server, centerKey, context.today);
    cleanup.push(() => database.drop());
    const clock = clockOn(context.today, SHOW_MINUTE);
    const sqliteCore = await createCore({
      databasePath: file,
      clock,
      workstation: 'bench',
      keystore: devKeystore(file),
    });
    cleanup.push(() => sqliteCore.close());
    const pgCore = await createCore({
      databasePath: database.url,
      centerKey,
      clock,
      workstation: 'bench',
      checkpointFile: join(dir, 'center-checkpoints.jsonl'),
      checkpointEveryMinutes: 0,
    });
    cleanup.push(() => pgCore.close());
    // Each side books the same plans, in the same order, each in its own database.
    const sqlite = await side('SQLite', sqliteCore, built.planIds);
    const postgres = await side('PostgreSQL', pgCore, built.planIds);
    const close = async () => {
      for (const step of cleanup.splice(0).reverse()) await step();
    };
    return { ...built, sqlite, postgres, importSeconds, close };
  } catch (error) {
    for (const step of cleanup.splice(0).reverse()) await step();
    throw error;
  }
}
