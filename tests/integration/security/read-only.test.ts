import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../../../electron/main/core/create-core';
import type { CoreOptions } from '../../../electron/main/core/build-deps';
import { StoreError } from '../../../electron/main/store/errors';
import { testKeystore } from '../../harness/keystore';
import { makeReadOnly } from '../../support/read-only';

// A read-only data folder stopped start-up without naming the path.

let dir: string;
let undo: Array<() => void> = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chairside-ro-'));
});
afterEach(() => {
  for (const restore of undo.reverse()) restore();
  undo = [];
  rmSync(dir, { recursive: true, force: true });
});

const options = (databasePath: string): CoreOptions => ({
  databasePath,
  keystore: testKeystore(),
  checkpointEveryMinutes: 0,
});

it('names the read-only data folder, and the fix, at start-up (new database)', async () => {
  const folder = join(dir, 'data');
  mkdirSync(folder);
  undo.push(makeReadOnly(folder, 'folder').restore);
  const error = await createCore(options(join(folder, 'chairside.sqlite3'))).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).kind).toBe('folder-unwritable');
  expect((error as StoreError).message).toContain(folder);
  expect((error as StoreError).message).toMatch(/write access/);
});

it('names the folder when an existing database’s folder became read-only', async () => {
  const folder = join(dir, 'data');
  const path = join(folder, 'chairside.sqlite3');
  await (await createCore(options(path))).close();
  undo.push(makeReadOnly(folder, 'folder').restore);
  const error = await createCore(options(path)).catch((e: unknown) => e);
  expect((error as StoreError).kind).toBe('folder-unwritable');
  expect((error as StoreError).message).toContain(folder);
});

it('names a read-only database file', async () => {
  const path = join(dir, 'data', 'chairside.sqlite3');
  await (await createCore(options(path))).close();
  undo.push(makeReadOnly(path, 'file').restore);
  const error = await createCore(options(path)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).message).toContain(path);
  expect((error as StoreError).message).toMatch(/read-only/);
});
