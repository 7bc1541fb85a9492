import type { KeyObject } from 'node:crypto';
import { AUDIT_MAC_COLUMNS } from './audit-mac';
import { BreakList, ChainWalk, type ChainBreak, type ChainRow } from './audit-chain';
import { checkCheckpoints, readCheckpoints, type Checkpoint } from './audit-checkpoints';
import type { RawDatabase } from './raw';
import { SIGNED_CONTENT_SELECT, signedContentHash } from './signed-content';

// The whole verification over one read connection: chain, checkpoints, signed entries. It runs in a worker
// thread (store/store-worker.ts) so a million events never block the app, and reports progress as it goes.

export interface AuditVerification {
  checked: number;
  total: number;
  breakCount: number;
  breaks: ChainBreak[];
  headId: number | null;
  headHash: string;
  signedEntries: number;
  /** Signed before this version and never sealed: their content cannot be proven (no hash was recorded). */
  legacyEntries: number;
  checkpoints: number;
  latestCheckpoint: Checkpoint | null;
}

export interface VerifyInput {
  raw: RawDatabase;
  auditKey: Buffer;
  checkpointFile: string;
  checkpointPublicKey: KeyObject;
  /** A backup: checkpoints taken after its last event say nothing about it. */
  ignoreLaterCheckpoints?: boolean;
  onProgress?: (checked: number, total: number) => void;
}

const PROGRESS_EVERY = 10_000;
const FIELDS = AUDIT_MAC_COLUMNS.map((c) => `CAST(${c} AS BLOB) AS ${c}`).join(', ');

function walkChain(input: VerifyInput, total: number, byHead: Map<number, Checkpoint[]>, breaks: BreakList) {
  const walk = new ChainWalk(input.auditKey, breaks);
  const rows = input.raw.prepare(`SELECT id, chain, hash, ${FIELDS} FROM audit_event ORDER BY id`).iterate();
  for (const row of rows as IterableIterator<Record<string, unknown>>) {
    const chainRow: ChainRow = {
      id: row.id as number,
      chain: row.chain as number,
      hash: row.hash as string,
      fields: AUDIT_MAC_COLUMNS.map((c) => (row[c] as Buffer | null) ?? null),
    };
    walk.push(chainRow);
    for (const c of byHead.get(chainRow.id) ?? []) {
      if (c.headHash !== chainRow.hash || c.count !== walk.checked) {
        breaks.add(
          'truncated',
          chainRow.id,
          `checkpoint ${c.seq} recorded ${c.count} events up to here; the trail differs`,
        );
      }
    }
    byHead.delete(chainRow.id);
    if (walk.checked % PROGRESS_EVERY === 0) input.onProgress?.(walk.checked, total);
  }
  for (const [headId, list] of byHead) {
    for (const c of list) breaks.add('truncated', headId, `checkpoint ${c.seq} names event #${headId}, which is gone`);
  }
  return walk;
}

interface SignatureEvent {
  object_id: string;
  detail: string | null;
  chain: number;
}

/** Every signature event's recorded hash against the entry as it is now; then every signed entry has one. */
function checkSignedEntries(raw: RawDatabase, breaks: BreakList): { signed: number; legacy: number } {
  const entry = raw.prepare(`SELECT ${SIGNED_CONTENT_SELECT} FROM chart_entry WHERE id = ?`);
  const proven = new Set<string>();
  const events = raw
    .prepare(
      `SELECT object_id, detail, chain FROM audit_event WHERE object_type = 'chart_entry' AND action IN ('sign', 'correct', 'seal-signed-entries') ORDER BY id`,
    )
    .iterate() as IterableIterator<SignatureEvent>;
  for (const event of events) {
    if (event.chain !== 2 || !event.detail) continue;
    const detail = JSON.parse(event.detail) as { contentHash?: string; entries?: Record<string, string> };
    const expected: Array<[string, string]> = detail.entries
      ? Object.entries(detail.entries)
      : detail.contentHash
        ? [[event.object_id, detail.contentHash]]
        : [];
    for (const [id, hash] of expected) {
      const row = entry.get(id) as Record<string, unknown> | undefined;
      if (!row) breaks.add('content', id, 'a signed entry was deleted');
      else if (signedContentHash(row) !== hash) breaks.add('content', id, 'a signed entry was changed after signing');
      proven.add(id);
    }
  }
  let signed = 0;
  let legacy = 0;
  const legacyEvent = raw.prepare(
    `SELECT 1 FROM audit_event WHERE object_type = 'chart_entry' AND object_id = ? AND action IN ('sign', 'correct') AND chain = 1 LIMIT 1`,
  );
  const ids = raw.prepare(`SELECT id FROM chart_entry WHERE status = 'signed' ORDER BY id`).pluck().iterate();
  for (const id of ids as IterableIterator<string>) {
    signed += 1;
    if (proven.has(id)) continue;
    if (legacyEvent.get(id)) legacy += 1;
    else breaks.add('unsigned-entry', id, 'a signed entry without a signature event in the audit trail');
  }
  return { signed, legacy };
}

export function runAuditVerification(input: VerifyInput): AuditVerification {
  const breaks = new BreakList();
  const total = (input.raw.prepare('SELECT count(*) AS n FROM audit_event').get() as { n: number }).n;
  input.onProgress?.(0, total);
  const read = readCheckpoints(input.checkpointFile);
  const lastId = (input.raw.prepare('SELECT max(id) AS id FROM audit_event').get() as { id: number | null }).id ?? 0;
  const checkpoints = input.ignoreLaterCheckpoints
    ? read.checkpoints.filter((c) => c.headId <= lastId)
    : read.checkpoints;
  const unreadable = read.unreadable;
  const byHead = checkCheckpoints(checkpoints, unreadable, input.checkpointPublicKey, breaks);
  const walk = walkChain(input, total, byHead, breaks);
  const entries = checkSignedEntries(input.raw, breaks);
  input.onProgress?.(walk.checked, total);
  return {
    checked: walk.checked,
    total,
    breakCount: breaks.count,
    breaks: breaks.listed,
    headId: walk.headId,
    headHash: walk.headHash,
    signedEntries: entries.signed,
    legacyEntries: entries.legacy,
    checkpoints: checkpoints.length,
    latestCheckpoint: checkpoints.at(-1) ?? null,
  };
}
