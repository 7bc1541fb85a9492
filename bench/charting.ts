import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { createCore, type Core } from '../electron/main/core/create-core';
import { GENESIS_HASH, hashAuditRow } from '../electron/main/services/audit';
import { verifyAuditChain } from '../electron/main/services/audit-verify';
import { registerChartKind } from '../electron/main/services/chart-kinds';
import { openAndMigrate } from '../electron/main/store/migrate';
import type { Store } from '../electron/main/store/database';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { compare, time, type BenchRow } from './lib';
import type { BenchContext } from './options';

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
  const core = await createCore({ databasePath: join(dir, 'chart.sqlite3'), workstation: 'bench', clock });
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
    const insert = core.store.prepare(
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

/** A million chained audit events written fast: one prepared INSERT in one transaction, real hashes. */
export function fillAuditEvents(store: Store, count: number): void {
  const insert = store.prepare(
    `INSERT INTO audit_event (at_utc, user_id, workstation, patient_id, action, object_type, object_id, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const actions = ['read', 'create', 'update', 'sign', 'lock', 'unlock', 'sign-in'];
  const start = Date.parse('2026-01-01T00:00:00Z');
  store.transaction(() => {
    let prev = GENESIS_HASH;
    for (let i = 0; i < count; i += 1) {
      const row = {
        prev_hash: prev,
        at_utc: new Date(start + i * 1000).toISOString(),
        user_id: `user-${i % 40}`,
        workstation: `ws-${i % 12}`,
        patient_id: i % 5 === 0 ? null : `patient-${i % 5000}`,
        action: actions[i % actions.length]!,
        object_type: 'chart_entry',
        object_id: `entry-${i}`,
        detail: i % 3 === 0 ? JSON.stringify({ kind: 'assessment', version: 1 }) : null,
      };
      const hash = hashAuditRow(row);
      insert.run(
        row.at_utc,
        row.user_id,
        row.workstation,
        row.patient_id,
        row.action,
        row.object_type,
        row.object_id,
        row.detail,
        prev,
        hash,
      );
      prev = hash;
    }
  });
}

/** Verifying the whole chain (stream + SHA-256 per row) against streaming the same rows without hashing. */
export async function benchAuditVerify({ quick }: BenchContext): Promise<BenchRow[]> {
  const count = quick ? 20_000 : 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-audit-'));
  const { store } = await openAndMigrate(join(dir, 'audit.sqlite3'));
  try {
    const started = performance.now();
    fillAuditEvents(store, count);
    const fillSeconds = (performance.now() - started) / 1000;
    const scan = store.prepare<unknown>('SELECT * FROM audit_event ORDER BY id');
    const plainScan = () => {
      let n = 0;
      for (const _row of scan.iterate()) n += 1;
      if (n !== count) throw new Error(`scanned ${n} rows`);
    };
    const countStarted = performance.now();
    store.prepare('SELECT count(*) AS n FROM audit_event').get();
    const countMs = performance.now() - countStarted;
    const verify = () => {
      const report = verifyAuditChain(store);
      if (report.firstBrokenId !== null || report.checked !== count) throw new Error('chain not intact');
    };
    const row = await compare(
      `audit chain verification, ${count.toLocaleString('en')} events`,
      verify,
      'full scan of the same rows, no hashing',
      plainScan,
      {
        iterations: 3,
        note: `SELECT count(*) alone: ${countMs.toFixed(0)} ms; generating the events took ${fillSeconds.toFixed(1)} s`,
      },
    );
    return [row];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
