import type { Keystore } from '../core/keystore';
import { StoreError } from '../store/errors';
import { databaseKind } from '../store/raw';
import { keyFilePath, readKeyFile } from './key-file';
import { deriveKeyMaterial, recoveryCheckOf, type KeyMaterial } from './key-material';
import { parseRecoveryKey } from './recovery-key';

// Keys for the command-line tools (audit:verify, db:restore), which run outside Electron and so
// cannot ask the OS keystore: they take the recovery key, or a developer keystore for developer databases.
// They never rewrite the key file.

export interface ToolKeys {
  keys: KeyMaterial;
  encrypted: boolean;
}

export function toolKeys(databasePath: string, source: { recoveryKey?: string; keystore?: Keystore }): ToolKeys {
  const path = keyFilePath(databasePath);
  const file = readKeyFile(path);
  if (!file)
    throw new StoreError(
      'key-unavailable',
      `No key file ${path}: this is not a Chairside database, or its key file was moved.`,
    );
  let master: Buffer | null;
  if (source.recoveryKey) {
    master = parseRecoveryKey(source.recoveryKey);
    if (!master || recoveryCheckOf(master) !== file.recoveryCheck) {
      throw new StoreError('key-unavailable', `This recovery key does not belong to ${databasePath}.`);
    }
  } else if (source.keystore && source.keystore.name === file.keystore) {
    master = source.keystore.unwrap(Buffer.from(file.wrapped, 'base64'));
  } else {
    throw new StoreError(
      'key-unavailable',
      `The key of ${databasePath} is held by the ${file.keystore} keystore, which this tool cannot open: give the recovery key (--recovery-key, or CHAIRSIDE_RECOVERY_KEY).`,
    );
  }
  return { keys: deriveKeyMaterial(master), encrypted: databaseKind(databasePath) === 'encrypted' };
}
