import { describe, expect, it } from 'vitest';
import { hashSecret, MIN_SCRYPT_N, verifySecret } from '../../../electron/main/services/auth/secrets';

describe('secret hashing', () => {
  it('salts every hash: the same secret hashes differently twice', async () => {
    const a = await hashSecret('482913');
    const b = await hashSecret('482913');
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('stores scrypt and its cost parameters with the hash, never the secret', async () => {
    const stored = await hashSecret('correct horse battery');
    const [scheme, N, r, p, salt, key] = stored.split('$');
    expect(scheme).toBe('scrypt');
    expect(Number(N)).toBeGreaterThanOrEqual(2 ** 14);
    expect([Number(r), Number(p)]).toEqual([8, 1]);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    expect(stored).not.toContain('correct horse');
  });

  it('verifies the right secret and refuses a wrong one', async () => {
    const stored = await hashSecret('482913');
    expect(await verifySecret('482913', stored)).toBe(true);
    expect(await verifySecret('482914', stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('never accepts a malformed or too-cheap stored hash', async () => {
    const stored = await hashSecret('482913');
    const cheap = stored.replace(/^scrypt\$\d+\$/, `scrypt$${MIN_SCRYPT_N / 2}$`);
    expect(await verifySecret('482913', cheap)).toBe(false);
    expect(await verifySecret('482913', 'plain:482913')).toBe(false);
    await expect(hashSecret('x', { N: 1024, r: 8, p: 1 })).rejects.toThrow(/minimum/);
  });
});
