import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  clearWorkstationDatabase,
  readWorkstationSetting,
  saveWorkstationDatabase,
  workstationFile,
} from '../../../electron/main/core/workstation-setting';

const CENTER = 'postgres://chairside@127.0.0.1:5432/center';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chairside-profile-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('saves the center URL in an owner-only workstation.json, reads it back and clears it', () => {
  expect(readWorkstationSetting(dir)).toEqual({});
  saveWorkstationDatabase(dir, CENTER);
  expect(JSON.parse(readFileSync(workstationFile(dir), 'utf8'))).toEqual({ database: CENTER });
  expect(statSync(workstationFile(dir)).mode & 0o777).toBe(0o600);
  expect(readWorkstationSetting(dir)).toEqual({ database: CENTER });
  expect(clearWorkstationDatabase(dir)).toBe(true);
  expect(readWorkstationSetting(dir)).toEqual({});
  expect(clearWorkstationDatabase(dir)).toBe(false);
});

it('never saves a URL with a password, nor a file path', () => {
  expect(() => saveWorkstationDatabase(dir, 'postgres://chairside:hunter2@127.0.0.1/center')).toThrow(/password/);
  expect(() => saveWorkstationDatabase(dir, '/srv/chairside.sqlite3')).toThrow(/postgres/);
  expect(readWorkstationSetting(dir)).toEqual({});
});

it('treats a broken or hand-edited file as no setting (the workstation opens its own file)', () => {
  writeFileSync(workstationFile(dir), '{ "database": ');
  expect(readWorkstationSetting(dir)).toEqual({});
  writeFileSync(workstationFile(dir), JSON.stringify({ database: '/srv/other.sqlite3' }));
  expect(readWorkstationSetting(dir)).toEqual({});
  writeFileSync(workstationFile(dir), 'null');
  expect(readWorkstationSetting(dir)).toEqual({});
});
