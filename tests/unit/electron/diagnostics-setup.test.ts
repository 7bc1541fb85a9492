import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { LATEST_MIGRATION } from '../../../electron/main/store/migrations';
import { openTestCore } from '../../support/core';

// Help › Copy diagnostics against a real core on a real file, with Electron's app, clipboard and dialog mocked.
const userData = mkdtempSync(join(tmpdir(), 'chairside-userdata-'));
const clipboard = { writeText: vi.fn((_text: string) => Promise.resolve()) };
const dialog = { showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 0 })) };
vi.mock('electron', () => ({
  app: { getPath: () => userData, getVersion: () => '0.1.0', isPackaged: true },
  clipboard,
  dialog,
}));
const { startDiagnostics } = await import('../../../electron/main/diagnostics/setup');

afterAll(() => rmSync(userData, { recursive: true, force: true }));

it('copies the versions, the database and its schema, and the log path, and logs each call without its data', async () => {
  const t = await openTestCore();
  const diagnostics = startDiagnostics();
  const observed = diagnostics.observe(t.core);
  await observed.dispatch('patients:create', { givenName: 'Éloïse' });
  await diagnostics.copy(t.core, '/opt/Chairside/resources/native/better_sqlite3.node', null);
  const text = clipboard.writeText.mock.calls[0]![0];
  expect(text).toContain('Chairside 0.1.0 (installed)');
  expect(text).toMatch(/^Electron .+, Chrome .+, Node .+$/m);
  expect(text).toMatch(/^Database: SQLite 3\.\d+\.\d+ \(better-sqlite3-multiple-ciphers \d+\.\d+\.\d+\)$/m);
  expect(text).toContain(`Database file: ${t.databasePath}`);
  expect(text).toContain(`Schema version: ${LATEST_MIGRATION}`);
  expect(text).toContain('Database engine addon: /opt/Chairside/resources/native/better_sqlite3.node');
  expect(text).toContain(`Log file: ${join(userData, 'logs', 'chairside.log')}`);
  expect(dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: text }));
  const log = readFileSync(diagnostics.logPath, 'utf8');
  expect(log).toContain('Chairside 0.1.0 starting');
  expect(log).toMatch(/patients:create invalid \[[a-zA-Z, ]+\] \d+ ms/);
  expect(log).not.toContain('Éloïse');
  expect(existsSync(diagnostics.logPath)).toBe(true);
  await t.close();
});
