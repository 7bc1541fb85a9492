import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../electron/main/core/clock';
import { createCore, type Core } from '../../electron/main/core/create-core';
import type { CoreOptions } from '../../electron/main/core/build-deps';
import type { IpcChannel } from '../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { testKeystore } from '../harness/keystore';
import { TEST_SECRET_COST } from './secret-cost';
import { freshCenterDatabase, pgPass, TEST_CENTER_KEY } from './postgres';

export interface TestCore {
  core: Core;
  dir: string;
  databasePath: string;
  clock: ReturnType<typeof fixedClock>;
  /** Typed dispatch through the real router (validation, handler, envelope). */
  call<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcResult<IpcOutput<C>>>;
  /** Like call, but fails the test with the error's message unless the call succeeded. */
  ok<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>>;
  close(): Promise<void>;
}

/**
 * A real core on a fresh SQLite file in a temp folder, with a frozen clock; in the PostgreSQL pass
 * (vitest.pg.config.ts) on a fresh center database of its own on the test server instead.
 */
export async function openTestCore(
  now = '2026-11-27T09:00:00Z',
  /** Extra core options, e.g. a `platform` for tests that print. */
  options: Partial<Omit<CoreOptions, 'databasePath' | 'clock'>> = {},
): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-test-'));
  const center = pgPass() ? await freshCenterDatabase() : null;
  const databasePath = center?.url ?? join(dir, 'chairside.sqlite3');
  const clock = fixedClock(now);
  const core = await createCore({
    databasePath,
    ...(center ? { centerKey: TEST_CENTER_KEY, checkpointFile: join(dir, 'checkpoints.jsonl') } : {}),
    clock,
    workstation: 'test-workstation',
    appVersion: '0.1.0',
    keystore: testKeystore(),
    // The workstation's profile (Electron's userData): Settings › Center database saves there.
    profileDir: join(dir, 'profile'),
    checkpointEveryMinutes: 0,
    ...options,
    // The fixtures' nurse signs in with her PIN, as in a center that allows PIN sign-in; the tests of the
    // default (a PIN only unlocks) pass { authPolicy: { pinSignIn: false } }.
    authPolicy: { pinSignIn: true, secretCost: TEST_SECRET_COST, ...options.authPolicy },
  });
  const t: TestCore = {
    core,
    dir,
    databasePath,
    clock,
    // Through t.core, so a test that reopens the database (t.core = await createCore(...)) keeps calling it.
    call: <C extends IpcChannel>(channel: C, input: IpcInput<C>) =>
      t.core.dispatch(channel, input) as Promise<IpcResult<IpcOutput<C>>>,
    ok: async (channel, input) => {
      const result = await t.call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
      return result.value;
    },
    close: async () => {
      await t.core.close();
      await center?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}
