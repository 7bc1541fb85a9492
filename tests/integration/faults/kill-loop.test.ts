import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createCore } from '../../../electron/main/core/create-core';
import { fixedClock } from '../../../electron/main/core/clock';
import { ERROR_CODES } from '../../../shared/ipc/result';
import { testKeystore } from '../../harness/keystore';
import { killLiveChildren, startFaultChild, type ChildLine } from '../../support/fault-runner';

// kill -9 during chart signing and booking, 30 times, on one encrypted database: every answer the child
// received as committed must be there afterwards, the file must pass integrity_check, the audit chain must
// verify, and every refusal must be typed (never internal). The figures are printed.

const KILLS = 30;
const dir = mkdtempSync(join(tmpdir(), 'chairside-kill-'));
const db = join(dir, 'chairside.sqlite3');
afterAll(() => {
  killLiveChildren();
  rmSync(dir, { recursive: true, force: true });
});

it(`loses no committed row across ${KILLS} kill -9 during signing and booking`, async () => {
  const started = performance.now();
  const all: ChildLine[] = [];
  for (let kill = 0; kill < KILLS; kill += 1) {
    const child = startFaultChild(db, { seed: kill });
    await child.ready;
    await new Promise((r) => setTimeout(r, 150 + ((kill * 137) % 700)));
    child.process.kill('SIGKILL');
    const exit = await child.exited;
    expect(exit.signal, child.stderr()).toBe('SIGKILL');
    all.push(...child.lines);
  }
  const core = await createCore({
    databasePath: db,
    keystore: testKeystore(),
    clock: fixedClock('2026-11-27T09:00:00Z'),
    checkpointEveryMinutes: 0,
  });
  try {
    const committed = all.filter((l) => l.t === 'ok');
    const entries = committed.filter((l) => l.kind === 'signed-entry').map((l) => l.id!);
    const appointments = committed.filter((l) => l.kind === 'appointment').map((l) => l.id!);
    const has = (table: string, id: string, extra = '') =>
      core.store.prepare(`SELECT 1 FROM ${table} WHERE id = ? ${extra}`).get(id) !== undefined;
    const lost = [
      ...entries.filter((id) => !has('chart_entry', id, "AND status = 'signed'")),
      ...appointments.filter((id) => !has('appointment', id)),
    ];
    const integrity = core.store.prepare<{ integrity_check: string }>('PRAGMA integrity_check').all();
    let status = core.deps.audit.jobs.start();
    while (status.state === 'running') {
      await new Promise((r) => setTimeout(r, 25));
      status = core.deps.audit.jobs.status(status.jobId);
    }
    const refusals = all.filter((l) => l.t === 'refused');
    const codes: Record<string, number> = {};
    for (const r of refusals) codes[r.code ?? '?'] = (codes[r.code ?? '?'] ?? 0) + 1;
    console.log(
      `kill -9 loop: ${KILLS} kills survived, ${entries.length} signed entries and ${appointments.length} appointments ` +
        `reported committed, ${lost.length} lost; integrity ${integrity.map((r) => r.integrity_check).join(',')}; ` +
        `audit chain ${status.report?.intact ? 'intact' : 'BROKEN'} over ${status.report?.checked} events; refusals ${JSON.stringify(codes)}; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(entries.length + appointments.length).toBeGreaterThan(KILLS);
    expect(lost).toEqual([]);
    expect(integrity).toEqual([{ integrity_check: 'ok' }]);
    expect(status.report).toMatchObject({ intact: true });
    for (const r of refusals) {
      expect(ERROR_CODES).toContain(r.code);
      expect(r.code).not.toBe('internal');
    }
  } finally {
    await core.close();
  }
}, 300_000);
