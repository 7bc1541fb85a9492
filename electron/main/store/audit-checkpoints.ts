import { sign, verify, type KeyObject } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { englishCount } from '../../../shared/text/english';
import { ensurePrivateFolder, PRIVATE_FILE } from './files';
import type { BreakList } from './audit-chain';
import type { Store } from './database';

// Signed checkpoints of the audit trail, written OUTSIDE the database: how many events there were and the
// hash of the last one, signed with an Ed25519 key derived from the master secret. Someone who deletes the
// last events (truncation) or rebuilds the chain leaves the trail disagreeing with an earlier checkpoint.
// The latest checkpoint is also shown on the Audit screen and printed with the report: a copy on paper, or
// in a folder IT keeps elsewhere (CoreOptions.checkpointFile), cannot be rewritten along with the database.

export interface Checkpoint {
  /** A restore marker: a backup was swapped in, so earlier checkpoints beyond its last event no longer apply. */
  kind?: 'restore';
  seq: number;
  atUtc: string;
  /** Events in the trail when the checkpoint was taken. */
  count: number;
  headId: number;
  headHash: string;
  keyId: string;
  signature: string;
}

export const checkpointFilePath = (databasePath: string) => `${databasePath}.audit-checkpoints.jsonl`;

function signedText(c: Omit<Checkpoint, 'signature'>): Buffer {
  const fields = ['chairside audit checkpoint v1', c.seq, c.atUtc, c.count, c.headId, c.headHash, c.keyId];
  return Buffer.from((c.kind ? [...fields, c.kind] : fields).join('\n'));
}

export function signCheckpoint(c: Omit<Checkpoint, 'signature'>, key: KeyObject): Checkpoint {
  return { ...c, signature: sign(null, signedText(c), key).toString('base64') };
}

export function isCheckpointSigned(c: Checkpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, signedText(c), publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Every line that parses as a checkpoint; a line that does not is reported by the verifier. */
export function readCheckpoints(file: string): { checkpoints: Checkpoint[]; unreadable: number } {
  if (!existsSync(file)) return { checkpoints: [], unreadable: 0 };
  const checkpoints: Checkpoint[] = [];
  let unreadable = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      checkpoints.push(JSON.parse(line) as Checkpoint);
    } catch {
      unreadable += 1;
    }
  }
  return { checkpoints, unreadable };
}

export function appendCheckpoint(file: string, checkpoint: Checkpoint): void {
  ensurePrivateFolder(dirname(file));
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: PRIVATE_FILE });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks signatures and numbering, and returns the checkpoints by head id, for the chain walk to compare
 * with the rows it meets. A missing sequence number means lines were removed from the file.
 */
export function checkCheckpoints(
  checkpoints: Checkpoint[],
  unreadable: number,
  publicKey: KeyObject,
  breaks: BreakList,
): Map<number, Checkpoint[]> {
  if (unreadable > 0)
    breaks.add('checkpoint', null, `${englishCount(unreadable, 'unreadable line')} in the checkpoint file`);
  const byHead = new Map<number, Checkpoint[]>();
  let expected = 1;
  for (const c of checkpoints) {
    if (!isCheckpointSigned(c, publicKey)) {
      breaks.add('checkpoint', c.seq ?? null, 'checkpoint signature does not match');
      continue;
    }
    if (c.seq !== expected)
      breaks.add('checkpoint', c.seq, `checkpoints ${expected} to ${c.seq - 1} are missing from the file`);
    expected = c.seq + 1;
    if (c.kind === 'restore') {
      // A restored backup ends earlier than the checkpoints taken before it was restored: those no longer apply.
      for (const headId of [...byHead.keys()]) if (headId > c.headId) byHead.delete(headId);
    }
    byHead.set(c.headId, [...(byHead.get(c.headId) ?? []), c]);
  }
  return byHead;
}

export interface AuditHead {
  id: number;
  hash: string;
  /** Events in the trail. */
  n: number;
}

/**
 * Reads the head of the workstation file's trail synchronously (a checkpoint is also taken while the app
 * closes, when nothing waits on a promise). Null in center mode: checkpoints are a file beside the SQLite
 * database; a center database is covered by the server's own backups.
 */
export function fileAuditHeadReader(store: Pick<Store, 'prepare' | 'dialect'>): (() => AuditHead | undefined) | null {
  if (store.dialect !== 'sqlite') return null;
  const head = store.prepare<AuditHead>(
    'SELECT id, hash, (SELECT count(*) FROM audit_event) AS n FROM audit_event ORDER BY id DESC LIMIT 1',
  );
  return () => head.get();
}
