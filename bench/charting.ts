import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createCore, type Core } from '../electron/main/core/create-core';
import { devKeystore } from '../tests/harness/keystore';
import { deriveKeyMaterial } from '../electron/main/security/key-material';
import { GENESIS_HASH } from '../electron/main/services/audit/audit';
import { AUDIT_MAC_COLUMNS, AUDIT_MAC_FUNCTION } from '../electron/main/store/audit-mac';
import { runStoreWorker } from '../electron/main/store/run-worker';
import type { VerifyResult } from '../electron/main/store/worker-protocol';
import { registerChartKind } from '../electron/main/services/chart/chart-kinds';
import { openAndMigrate } from '../electron/main/store/migrate';
import type { Store } from '../electron/main/store/database';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { compare, time, type BenchRow } from './lib';
import type { BenchContext } from './options';
import { rawBaseline } from './raw-baseline';

// Charting: what a signed chart entry costs through the whole core (router, validation, session check,
// kind schema, triggers, audit chain, synchronous=FULL commit) against one raw INSERT, and how long the
// audit chain check takes over a million events against just reading them.

const BENCH_KIND = 'bench-note';
const benchPayload = z.object({ text: z.string().min(1), painScore: z.number().int().min(0).max(10) });

async function must(core: Core, channel: string, input: unknown): Promise<{ id: string }> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: string };
}

async function chartingCore(dir: string, today: string): Promise<{ core: Core; patientId: string; userId: string }> {
  registerChartKind(BENCH_KIND, benchPayload);
  const clock = clockOn(today, SHOW_MINUTE);
  const databasePath = join(dir, 'chart.sqlite3');
  const core = await createCore({ databasePath, workstation: 'bench', clock, keystore: devKeystore(databasePath) });
  const patient = await must(core, 'patients:create', {
    mrn: 'BENCH-1',
    familyName: 'Bench',
    givenName: 'Patient',
    birthDate: '1960-01-01',
    sex: 'unknown',
    preferredLanguage: 'en',
  });
  await must(core, 'auth:setup-admin', {
    displayName: 'Bench Nurse',
    initials: 'BN',
    secretKind: 'password',
    secret: 'bench-passphrase',
  });
  await must(core, 'settings:update', { idleLockMinutes: 120 });
  const status = (await core.dispatch('auth:status', {})) as { ok: true; value: { user: { id: string } } };
  return { core, patientId: patient.id, userId: status.value.user.id };
}

/** p50 and p99 of draft + sign through the core, each beside the same percentile of a raw INSERT. */
export async function benchChartWrite({ today, quick }: BenchContext): Promise<BenchRow[]> {
  const iterations = quick ? 30 : 300;
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-chart-'));
  const { core, patientId, userId } = await chartingCore(dir, today);
  try {
    const writeThroughCore = async () => {
      const draft = await must(core, 'chart:save-draft', {
        patientId,
        kind: BENCH_KIND,
        payload: { text: 'Tolerated well', painScore: 1 },
        clientRequestId: randomUUID(),
      });
      await must(core, 'chart:sign', { id: draft.id, clientRequestId: randomUUID() });
    };
    const insert = rawBaseline(
      core.store,
      `INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id, created_at, updated_at,
         signed_by, signed_at, client_request_id) VALUES (?, ?, ?, ?, 'signed', 1, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const rawInsert = () => {
      const id = randomUUID();
      const at = new Date().toISOString();
      insert.run(
        id,
        id,
        patientId,
        BENCH_KIND,
        '{"text":"Tolerated well","painScore":1}',
        userId,
        at,
        at,
        userId,
        at,
        randomUUID(),
      );
    };
    const rounds = 3;
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < rounds; r += 1) {
      a.push(...(await time(writeThroughCore, iterations / rounds)).samples);
      b.push(...(await time(rawInsert, iterations / rounds)).samples);
    }
    const at = (xs: number[], q: number) =>
      [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
    const row = (label: string, q: number): BenchRow => ({
      name: `chart entry draft + sign through the core, ${label}`,
      value: at(a, q),
      unit: 'ms',
      baseline: at(b, q),
      baselineName: `one raw prepared INSERT, ${label}`,
      ratio: at(a, q) / at(b, q),
      note: 'two calls through the router (validation, session check), two transactions, two audit events, synchronous=FULL',
    });
    return [row('p50', 0.5), row('p99', 0.99)];
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A million keyed, chained audit events written fast: one prepared INSERT in one transaction, real HMACs. */
export function fillAuditEvents(store: Store, count: number): void {
  const bytes = AUDIT_MAC_COLUMNS.map(() => 'CAST(? AS BLOB)').join(', ');
  const insert = rawBaseline(
    store,
    `INSERT INTO audit_event (prev_hash, at_utc, user_id, workstation, patient_id, action, object_type, object_id, detail, chain, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 2, ${AUDIT_MAC_FUNCTION}(${bytes}))`,
  );
  const last = rawBaseline<{ hash: string }>(store, 'SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
  const actions = ['read', 'create', 'update', 'sign', 'lock', 'unlock', 'sign-in'];
  const start = Date.parse('2026-01-01T00:00:00Z');
  store.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const row = [
        last.get()?.hash ?? GENESIS_HASH,
        new Date(start + i * 1000).toISOString(),
        `user-${i % 40}`,
        `ws-${i % 12}`,
        i % 5 === 0 ? null : `patient-${i % 5000}`,
        actions[i % actions.length]!,
        'chart_entry',
        `entry-${i}`,
        i % 3 === 0 ? JSON.stringify({ kind: 'assessment', version: 1 }) : null,
      ];
      insert.run(...row, ...row);
    }
  });
}

/** The longest the main thread went without running a 10 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 10);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(probe);
  }
  return worst;
}

/**
 * Verifying the whole keyed chain in a worker thread (stream + HMAC per row, checkpoints, signed entries)
 * against streaming the same rows without hashing on the main thread; the note gives the longest stall of
 * the main thread while the worker ran (it used to be the whole ~12 s).
 */
export async function benchAuditVerify({ quick }: BenchContext): Promise<BenchRow[]> {
  const count = quick ? 20_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-audit-'));
  const path = join(dir, 'audit.sqlite3');
  const keys = deriveKeyMaterial(randomBytes(32));
  const { store } = await openAndMigrate(path, { key: keys.databaseKey, auditKey: keys.auditKey });
  try {
    const started = performance.now();
    fillAuditEvents(store, count);
    const fillSeconds = (performance.now() - started) / 1000;
    const scan = rawBaseline(store, 'SELECT * FROM audit_event ORDER BY id');
    const plainScan = () => {
      let n = 0;
      for (const _row of scan.iterate()) n += 1;
      if (n !== count) throw new Error(`scanned ${n} rows`);
    };
    const verify = async () => {
      const result = await runStoreWorker<VerifyResult>({
        task: 'verify-audit',
        databasePath: path,
        key: keys.databaseKey.toString('hex'),
        nativeBinding: null,
        auditKey: keys.auditKey.toString('hex'),
        checkpointFile: join(dir, 'none.jsonl'),
        checkpointPublicKey: keys.checkpointPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
        inspect: false,
      });
      if (result.breakCount !== 0 || result.checked !== count) throw new Error('chain not intact');
    };
    const stall = await longestStall(verify);
    const row = await compare(
      `audit chain verification in a worker, ${count.toLocaleString('en')} keyed events`,
      verify,
      'full scan of the same rows on the main thread, no hashing',
      plainScan,
      {
        iterations: 3,
        note: `longest main-thread stall during a verification: ${stall.toFixed(0)} ms; generating the events took ${fillSeconds.toFixed(1)} s`,
      },
    );
    return [row];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
