import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rotateLogs, startFileLog } from '../../../electron/main/diagnostics/log-file';
import { diagnosticsText } from '../../../electron/main/diagnostics/report';

const userData = mkdtempSync(join(tmpdir(), 'chairside-logs-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('the log file', () => {
  it('is written by electron-log in <userData>/logs, owner-only, and rotates past its size keeping the older files', () => {
    const log = startFileLog(userData, { console: false, maxBytes: 2_000 });
    expect(log.path).toBe(join(userData, 'logs', 'chairside.log'));
    for (let i = 0; i < 60; i++) log.write('info', `patients:create ok ${i} ms`);
    const current = readFileSync(log.path, 'utf8');
    expect(current).toMatch(
      /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d\] \[info\] {2}patients:create ok \d+ ms$/m,
    );
    expect(current).toContain('patients:create ok 59 ms');
    expect(existsSync(join(userData, 'logs', 'chairside.1.log'))).toBe(true);
    if (process.platform !== 'win32') expect(statSync(log.path).mode & 0o777).toBe(0o600);
  });

  it('keeps five archives, newest first, and drops the oldest', () => {
    const dir = join(userData, 'rotate');
    mkdirSync(dir);
    const file = join(dir, 'chairside.log');
    for (let round = 1; round <= 7; round++) {
      writeFileSync(file, `round ${round}`);
      rotateLogs(file, 5);
    }
    expect(readFileSync(join(dir, 'chairside.1.log'), 'utf8')).toBe('round 7');
    expect(readFileSync(join(dir, 'chairside.5.log'), 'utf8')).toBe('round 3');
    expect(existsSync(join(dir, 'chairside.6.log'))).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});

describe('Help › Copy diagnostics', () => {
  it('gives the versions, the database kind and location, the schema version and the log path', () => {
    const text = diagnosticsText({
      appVersion: '0.1.0',
      packaged: true,
      versions: { electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0' },
      os: 'Windows_NT 10.0.26100 x64',
      databaseKind: 'SQLite 3.50.4 (better-sqlite3 12.11.1)',
      databasePath: 'C:\\Users\\nurse\\AppData\\Roaming\\Chairside\\data\\chairside.sqlite3',
      schemaVersion: '0420-create-plan-status-events',
      libraryVersion: '2026.11',
      nativeBinding: 'C:\\Program Files\\Chairside\\resources\\native\\better_sqlite3.node',
      logPath: 'C:\\Users\\nurse\\AppData\\Roaming\\Chairside\\logs\\chairside.log',
    });
    expect(text.split('\n')).toEqual([
      'Chairside 0.1.0 (installed)',
      'Electron 45.5.0, Chrome 142.0.0.0, Node 22.20.0',
      'Operating system: Windows_NT 10.0.26100 x64',
      'Database: SQLite 3.50.4 (better-sqlite3 12.11.1)',
      'Database file: C:\\Users\\nurse\\AppData\\Roaming\\Chairside\\data\\chairside.sqlite3',
      'Schema version: 0420-create-plan-status-events',
      'Clinical library: 2026.11',
      'Database engine addon: C:\\Program Files\\Chairside\\resources\\native\\better_sqlite3.node',
      'Log file: C:\\Users\\nurse\\AppData\\Roaming\\Chairside\\logs\\chairside.log',
    ]);
  });

  it('says when the database is not open', () => {
    const text = diagnosticsText({
      appVersion: '0.1.0',
      packaged: false,
      versions: {},
      os: 'Linux',
      databaseKind: 'SQLite ? (better-sqlite3 12.11.1)',
      databasePath: null,
      schemaVersion: null,
      libraryVersion: null,
      nativeBinding: null,
      logPath: '/l',
    });
    expect(text).toContain('Database file: not open');
    expect(text).toContain('(development)');
  });
});
