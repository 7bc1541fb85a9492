import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords and PINs are stored as scrypt hashes with a random per-user salt. The cost parameters are
// stored with each hash (`scrypt$N$r$p$salt$hash`), so they can be raised for new secrets without
// invalidating the old ones. N = 2^15, r = 8 takes about 0.1 s and 32 MiB here: slow enough to make an
// offline guess expensive, quick enough for a nurse unlocking the workstation many times a shift.

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
/** The floor: below this a hash is refused outright rather than accepted as weak. */
export const MIN_SCRYPT_N = 2 ** 14;

const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that at N = 2^15, r = 8 and
  // refuses it, so the ceiling is set from the parameters.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashSecret(secret: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): Promise<string> {
  if (cost.N < MIN_SCRYPT_N) throw new Error('scrypt cost below the minimum');
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function parse(stored: string): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every(Number.isSafeInteger) || N < MIN_SCRYPT_N || r < 1 || p < 1) return null;
  return { cost: { N, r, p }, salt: Buffer.from(parts[4]!, 'base64'), key: Buffer.from(parts[5]!, 'base64') };
}

/** True when the secret matches; a malformed or too-weak stored hash never matches. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.key.length !== KEY_LENGTH) return false;
  const key = await derive(secret, parsed.salt, parsed.cost);
  return timingSafeEqual(key, parsed.key);
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check, for an unknown user: otherwise how fast "wrong initials" answers
 * would tell an attacker which initials exist.
 */
export async function spendVerificationTime(secret: string): Promise<void> {
  dummyHash ??= hashSecret('not-a-real-secret');
  await verifySecret(secret, await dummyHash);
}
