import { createHash } from 'node:crypto';
import { auditMac, sameMac } from './audit-mac';

// Walking the audit chain: every break is reported (not only the first), and a broken row does not make
// every later one look broken: the walk goes on from the hash the row carries.

export const GENESIS_HASH = '0'.repeat(64);

/** One audit row as stored: the hashed columns as bytes (store/audit-mac.ts order, prev_hash first). */
export interface ChainRow {
  id: number;
  chain: number;
  hash: string;
  fields: ReadonlyArray<Buffer | null>;
}

export const CHAIN_BREAK_KINDS = [
  /** prev_hash is not the hash of the row before: a row was removed, inserted or reordered. */
  'link',
  /** The row's content does not match its hash: it was edited. */
  'hash',
  /** An unkeyed (chain 1) row after keyed ones: forged with the public hash. */
  'downgrade',
  /** A signed chart entry's content differs from the hash its signature event recorded. */
  'content',
  /** A signed chart entry without a signature event: inserted outside the app. */
  'unsigned-entry',
  /** A checkpoint's signature is wrong, or checkpoints are missing from the file. */
  'checkpoint',
  /** The event a checkpoint names is gone or differs: the trail was truncated or rewritten. */
  'truncated',
  /** A trigger that protects signed records or the trail is missing or altered. */
  'protections',
] as const;
export type ChainBreakKind = (typeof CHAIN_BREAK_KINDS)[number];

export interface ChainBreak {
  kind: ChainBreakKind;
  /** The audit event (or chart entry, for content breaks) concerned, when there is one. */
  id: number | string | null;
  detail: string;
}

/** The list sent to the screen is capped; the count is not. */
export const MAX_LISTED_BREAKS = 500;

/** Chain 1: the unkeyed hash the rows written before 0300 carry, over the fields as text. */
export function legacyHash(fields: ReadonlyArray<Buffer | null>): string {
  const canonical = JSON.stringify(fields.map((f) => (f === null ? null : f.toString('utf8'))));
  return createHash('sha256').update(canonical).digest('hex');
}

export class BreakList {
  readonly listed: ChainBreak[] = [];
  count = 0;

  add(kind: ChainBreakKind, id: ChainBreak['id'], detail: string): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED_BREAKS) this.listed.push({ kind, id, detail });
  }
}

/** Feeds rows in id order; keeps the running count and head so checkpoints can be compared on the way. */
export class ChainWalk {
  checked = 0;
  headId: number | null = null;
  headHash = GENESIS_HASH;
  private keyed = false;

  constructor(
    private readonly key: Buffer,
    private readonly breaks: BreakList,
  ) {}

  push(row: ChainRow): void {
    this.checked += 1;
    const prev = row.fields[0]?.toString('utf8') ?? '';
    if (prev !== this.headHash) this.breaks.add('link', row.id, 'does not follow the event before it');
    if (row.chain === 2) {
      this.keyed = true;
      if (!sameMac(auditMac(this.key, row.fields), row.hash))
        this.breaks.add('hash', row.id, 'changed after it was written');
    } else if (this.keyed) {
      this.breaks.add('downgrade', row.id, 'an unkeyed event after keyed ones');
    } else if (legacyHash(row.fields) !== row.hash) {
      this.breaks.add('hash', row.id, 'changed after it was written');
    }
    this.headId = row.id;
    this.headHash = row.hash;
  }
}
