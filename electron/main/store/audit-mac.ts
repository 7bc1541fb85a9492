import { createHmac, timingSafeEqual } from 'node:crypto';

// The keyed audit hash (chain 2), computed over the bytes SQLite stores. The store registers it on its
// connection as the SQL function chairside_audit_mac(...), so an append hashes exactly what it inserts;
// the verifier reads the same columns back as BLOBs and recomputes it.

export const AUDIT_MAC_FUNCTION = 'chairside_audit_mac';

/** The hashed columns, in order (every column but id, chain and hash). */
export const AUDIT_MAC_COLUMNS = [
  'prev_hash',
  'at_utc',
  'user_id',
  'workstation',
  'patient_id',
  'action',
  'object_type',
  'object_id',
  'detail',
] as const;

const DOMAIN = Buffer.from('chairside audit event v2\0');
const NULL_MARK = Buffer.from([0xff]);

/** Each field as NULL, or its byte length and bytes: no two different rows serialise the same way. */
export function auditMac(key: Buffer, fields: ReadonlyArray<Buffer | null>): string {
  const hmac = createHmac('sha256', key).update(DOMAIN);
  for (const field of fields) {
    if (field === null) {
      hmac.update(NULL_MARK);
      continue;
    }
    const length = Buffer.alloc(5);
    length.writeUInt32BE(field.length, 1);
    hmac.update(length).update(field);
  }
  return hmac.digest('hex');
}

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === 32 && y.length === 32 && timingSafeEqual(x, y);
}

/** A SQLite function argument as bytes: the columns are passed through CAST(... AS BLOB). */
export function asBytes(value: unknown): Buffer | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
    return Buffer.from(String(value), 'utf8');
  }
  throw new Error('An audit field is neither text nor bytes.');
}
