import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/main/core/clock';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import { testKeystore } from '../../harness/keystore';
import { ADMIN } from '../../support/auth';
import { killLiveChildren, startFaultChild } from '../../support/fault-runner';
import { makePatient } from '../../support/patients';

// Real storage faults under a running core: a disk that fills up (a small tmpfs), a data folder that turns
// read-only, and write errors (a file-size limit: the kernel refuses with EFBIG, SQLite reports an I/O
// error). Each refusal must be typed and name the file; afterwards nothing committed is lost, the file is
// intact and the audit chain verifies. The figures are printed.

const isRoot = process.getuid?.() === 0;
let dir: string;
let unmount: Array<() => void> = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chairside-fault-'));
});
afterEach(() => {
  killLiveChildren();
  for (const undo of unmount.reverse()) undo();
  unmount = [];
  rmSync(dir, { recursive: true, force: true });
});

const open = (databasePath: string) =>
  createCore({
    databasePath,
    keystore: testKeystore(),
    clock: fixedClock('2026-11-27T09:00:00Z'),
    checkpointEveryMinutes: 0,
  });

async function check(core: Core, committed: string[]): Promise<{ integrity: string; intact: boolean; lost: number }> {
  const integrity = core.store
    .prepare<{ integrity_check: string }>('PRAGMA integrity_check')
    .all()
    .map((r) => r.integrity_check)
    .join(',');
  let status = core.deps.audit.jobs.start();
  while (status.state === 'running') {
    await new Promise((r) => setTimeout(r, 25));
    status = core.deps.audit.jobs.status(status.jobId);
  }
  const lost = committed.filter((id) => !core.store.prepare('SELECT 1 FROM patient WHERE id = ?').get(id)).length;
  return { integrity, intact: status.report?.intact ?? false, lost };
}

async function createUntilRefused(core: Core, tries: number): Promise<{ committed: string[]; codes: string[] }> {
  const committed: string[] = [];
  const codes: string[] = [];
  for (let i = 0; i < tries; i += 1) {
    const result = await core.dispatch(
      'patients:create',
      makePatient({ mrn: `F-${i}`, familyName: `Filler${i}`, notes: 'x'.repeat(2000) }),
    );
    if (result.ok) committed.push((result.value as { id: string }).id);
    else codes.push(result.error.code);
    if (codes.length >= 5) break;
  }
  return { committed, codes };
}

describe.runIf(isRoot)('a disk that fills up (tmpfs)', () => {
  it('refuses every write as storage-full naming the file, loses nothing, and works again once space is freed', async () => {
    const mount = join(dir, 'disk');
    mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1600k,mode=0700', 'tmpfs', mount]);
    unmount.push(() => execFileSync('umount', [mount]));
    const path = join(mount, 'chairside.sqlite3');
    const core = await open(path);
    await core.dispatch('auth:setup-admin', ADMIN);
    const { committed, codes } = await createUntilRefused(core, 5_000);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['storage-full']));
    // The same size as the refused writes: a smaller record may still fit in the last free page, depending on
    // how the schema's pages happen to fall (it did once 0610 added a table).
    const refusal = await core.dispatch('patients:create', makePatient({ mrn: 'F-x', notes: 'x'.repeat(2000) }));
    expect(refusal).toMatchObject({ ok: false, error: { code: 'storage-full', params: { file: path } } });
    execFileSync('mount', ['-o', 'remount,size=64m', mount]);
    expect((await core.dispatch('patients:create', makePatient({ mrn: 'F-after' }))).ok).toBe(true);
    await core.close();
    const reopened = await open(path);
    const figures = await check(reopened, committed);
    await reopened.close();
    console.log(
      `disk full (tmpfs 1.6 MB): ${committed.length} writes committed, ${codes.length} refused as ${[...new Set(codes)].join(',')}; after: ${JSON.stringify(figures)}`,
    );
    expect(figures).toEqual({ integrity: 'ok', intact: true, lost: 0 });
  });
});

// A read-only folder or file is tested at start-up (security/read-only.test.ts, with real read-only mounts):
// while the app runs, its open file stays writable through its descriptor (the kernel refuses to remount a
// file system read-only under open files, and SQLite in WAL mode does not notice a moved file).

describe('write errors (the kernel refuses to grow a file: EFBIG)', () => {
  it('answers storage-error in the writing process; the database stays intact with everything committed', async () => {
    const path = join(dir, 'chairside.sqlite3');
    const child = startFaultChild(path, { max: 400, fileSizeLimit: 1_600_000 });
    const exit = await child.exited;
    expect(exit.code, child.stderr()).toBe(0);
    const codes = child.lines.filter((l) => l.t === 'refused').map((l) => l.code);
    const committedPatients = child.lines.filter((l) => l.t === 'ok').length;
    expect(codes).toContain('storage-error');
    expect(codes).not.toContain('internal');
    const core = await open(path);
    const entries = child.lines.filter((l) => l.t === 'ok' && l.kind === 'signed-entry').map((l) => l.id!);
    const lost = entries.filter(
      (id) => !core.store.prepare("SELECT 1 FROM chart_entry WHERE id = ? AND status = 'signed'").get(id),
    );
    const figures = await check(core, []);
    await core.close();
    console.log(
      `I/O errors (file size limit 1.6 MB): ${committedPatients} writes committed, refusals ${JSON.stringify(codes.reduce<Record<string, number>>((a, c) => ({ ...a, [c!]: (a[c!] ?? 0) + 1 }), {}))}, ${lost.length} lost; ${JSON.stringify(figures)}`,
    );
    expect(lost).toEqual([]);
    expect(figures).toMatchObject({ integrity: 'ok', intact: true });
  });
});
