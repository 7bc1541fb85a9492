import { createHash } from 'node:crypto';
import { asBytes } from './audit-mac';
import type { Dialect } from './dialect';

// The fingerprint of a signed chart entry: SHA-256 over every column as SQLite stores it. The sign and
// correct audit events carry it (detail.contentHash), so the verifier can prove a signed entry is the one
// that was signed, even by someone who dropped the triggers and rewrote the row.

export const SIGNED_CONTENT_COLUMNS = [
  'id',
  'entry_id',
  'patient_id',
  'appointment_id',
  'kind',
  'status',
  'version',
  'supersedes_id',
  'payload',
  'author_id',
  'created_at',
  'updated_at',
  'signed_by',
  'signed_at',
  'verified_by',
  'verified_at',
  'correction_reason',
] as const;

/** SELECT list reading each column as its stored bytes. */
export const SIGNED_CONTENT_SELECT = SIGNED_CONTENT_COLUMNS.map((c) => `CAST(${c} AS BLOB) AS ${c}`).join(', ');

/**
 * The same for either dialect. PostgreSQL stores text as UTF-8 and the payload column is `json` (kept as
 * written, unlike jsonb), so each column read as text and encoded as UTF-8 is the stored bytes.
 */
export function signedContentSelect(dialect: Dialect): string {
  if (dialect === 'sqlite') return SIGNED_CONTENT_SELECT;
  return SIGNED_CONTENT_COLUMNS.map((c) => `${c}::text AS ${c}`).join(', ');
}

const DOMAIN = Buffer.from('chairside signed chart entry v1\0');

export function signedContentHash(row: Record<string, unknown>): string {
  const hash = createHash('sha256').update(DOMAIN);
  for (const column of SIGNED_CONTENT_COLUMNS) {
    const value = row[column];
    if (value === null || value === undefined) {
      hash.update(Buffer.from([0xff]));
      continue;
    }
    const bytes = asBytes(value)!;
    const length = Buffer.alloc(5);
    length.writeUInt32BE(bytes.length, 1);
    hash.update(length).update(bytes);
  }
  return hash.digest('hex');
}
