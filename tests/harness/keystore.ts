import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Keystore } from '../../electron/main/core/keystore';

// Keystores for tests and developer tools, where Electron's safeStorage is out of reach. Both wrap the
// database's master secret with AES-256-GCM; neither protects anything on a real workstation.

/** AES-256-GCM wrapping under a fixed wrapping key; unwrap fails (GCM tag) under any other key. */
export function aesKeystore(name: string, wrappingKey: Buffer): Keystore {
  return {
    name,
    isSecure: true,
    wrap: (secret) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    unwrap: (wrapped) => {
      const decipher = createDecipheriv('aes-256-gcm', wrappingKey, wrapped.subarray(0, 12));
      decipher.setAuthTag(wrapped.subarray(12, 28));
      return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()]);
    },
  };
}

/** A keystore standing for one OS user profile; another `profile` cannot unwrap its keys. */
export function testKeystore(profile = 'test-profile'): Keystore {
  return aesKeystore('test', createHash('sha256').update(`chairside test keystore: ${profile}`).digest());
}

/**
 * For `npm run dev:browser`, the screenshots, the demo seed and the benchmarks: the wrapping key sits in a
 * file beside the database (owner-only). It keeps developer data encrypted at rest, nothing more.
 */
export function devKeystore(databasePath: string): Keystore {
  const file = join(dirname(databasePath), '.chairside-dev-keystore');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return aesKeystore('developer-file', Buffer.from(readFileSync(file, 'utf8').trim(), 'hex'));
}
