import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Keystore } from '../core/keystore';
import { StoreError } from '../store/errors';
import { writePrivateFile } from '../store/files';
import { recoveryCheckOf } from './key-material';
import { parseRecoveryKey } from './recovery-key';

// The key file beside the database: the master secret wrapped by the keystore, never the secret itself.
// Losing the OS profile (or the computer) loses the keystore; the recovery key the administrator printed on
// the first day then opens the database again, and the secret is wrapped anew by this computer's keystore.

const keyFileSchema = z.object({
  format: z.literal('chairside-keys/1'),
  keystore: z.string(),
  wrapped: z.string(),
  recoveryCheck: z.string(),
  createdAt: z.string(),
  /** When the administrator confirmed she stored the recovery key; null until then (it is shown until then). */
  recoveryKeyStoredAt: z.string().nullable(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export const keyFilePath = (databasePath: string) => `${databasePath}.keys.json`;

export function readKeyFile(path: string): KeyFile | null {
  if (!existsSync(path)) return null;
  try {
    return keyFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (cause) {
    throw new StoreError(
      'key-unavailable',
      `The key file ${path} is damaged. Restore it from a backup or use the recovery key.`,
      {
        cause,
      },
    );
  }
}

export function writeKeyFile(path: string, file: KeyFile): void {
  writePrivateFile(path, `${JSON.stringify(file, null, 2)}\n`);
}

export interface UnlockedKeys {
  master: Buffer;
  file: KeyFile;
  /** The recovery key must still be shown to (and confirmed by) an administrator. */
  recoveryPending: boolean;
}

export function createKeyFile(path: string, keystore: Keystore, now: Date): UnlockedKeys {
  const master = randomBytes(32);
  const file: KeyFile = {
    format: 'chairside-keys/1',
    keystore: keystore.name,
    wrapped: keystore.wrap(master).toString('base64'),
    recoveryCheck: recoveryCheckOf(master),
    createdAt: now.toISOString(),
    recoveryKeyStoredAt: null,
  };
  writeKeyFile(path, file);
  return { master, file, recoveryPending: true };
}

function unavailable(path: string): StoreError {
  return new StoreError(
    'key-unavailable',
    `The database key in ${path} cannot be unlocked on this computer or user account (the operating system's key store changed). ` +
      'Start Chairside once with the recovery key the administrator stored on the first day, in the environment variable ' +
      'CHAIRSIDE_RECOVERY_KEY (IT can do it); the key is then kept by this computer again.',
  );
}

/** Unwraps the master secret with the keystore, or with a typed recovery key, which then re-wraps it here. */
export function unlockKeyFile(path: string, file: KeyFile, keystore: Keystore, recoveryKey?: string): UnlockedKeys {
  if (recoveryKey !== undefined) {
    const master = parseRecoveryKey(recoveryKey);
    if (!master || recoveryCheckOf(master) !== file.recoveryCheck) {
      throw new StoreError(
        'key-unavailable',
        `This recovery key does not belong to the database of ${path}: check every group of four.`,
      );
    }
    const next: KeyFile = { ...file, keystore: keystore.name, wrapped: keystore.wrap(master).toString('base64') };
    writeKeyFile(path, next);
    return { master, file: next, recoveryPending: false };
  }
  let master: Buffer;
  try {
    master = keystore.unwrap(Buffer.from(file.wrapped, 'base64'));
  } catch (cause) {
    throw Object.assign(unavailable(path), { cause });
  }
  if (master.length !== 32 || recoveryCheckOf(master) !== file.recoveryCheck) throw unavailable(path);
  return { master, file, recoveryPending: file.recoveryKeyStoredAt === null };
}
