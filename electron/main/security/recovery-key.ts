import { createHash } from 'node:crypto';

// The recovery key is the 256-bit master secret itself, written for people: Crockford base32 (no I, L, O, U,
// so nothing reads as 1 or 0), a 4-character checksum to catch a typo, in groups of four. Reading it back
// ignores case, spaces and dashes, and reads I/L as 1 and O as 0, as Crockford's alphabet intends.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SECRET_BYTES = 32;
const CHECK_CHARS = 4;

function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer | null {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

const checksum = (secret: Buffer) => toBase32(createHash('sha256').update(secret).digest()).slice(0, CHECK_CHARS);

/** 56 characters in 14 groups of four, e.g. `7K2D-…`. */
export function formatRecoveryKey(secret: Buffer): string {
  if (secret.length !== SECRET_BYTES) throw new Error('A recovery key holds exactly 32 bytes.');
  const text = toBase32(secret) + checksum(secret);
  return text.match(/.{1,4}/g)!.join('-');
}

/** The secret, or null when the text is not a recovery key (wrong length, character or checksum). */
export function parseRecoveryKey(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const body = clean.slice(0, -CHECK_CHARS);
  const secret = fromBase32(body);
  if (!secret || secret.length !== SECRET_BYTES) return null;
  return checksum(secret) === clean.slice(-CHECK_CHARS) ? secret : null;
}
