import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Keystore } from '../core/keystore';
import { plainKeystore } from '../core/keystore';
import { encryptPlainDatabase, resumeEncryption, type EncryptionReport } from '../store/encrypt';
import { StoreError } from '../store/errors';
import { openAndMigrate } from '../store/migrate';
import { applyPendingRestore, type AppliedRestore } from '../store/restore';
import { databaseKind, ensureWritableStore, isPlainDatabase } from '../store/raw';
import type { Store } from '../store/database';
import { createKeyFile, keyFilePath, readKeyFile, unlockKeyFile, writeKeyFile, type UnlockedKeys } from './key-file';
import { deriveKeyMaterial, type KeyMaterial } from './key-material';
import { formatRecoveryKey } from './recovery-key';

// Start-up of the store with its keys: unlock (or create) the key file, encrypt a plain database left by an
// older version, open and migrate. Patient data is never kept unencrypted unless IT chose the documented
// unencrypted setting (CHAIRSIDE_UNENCRYPTED_DATABASE=1, for a disk that is encrypted as a whole).

export interface SecureStoreOptions {
  databasePath: string;
  /** The OS keystore (Electron safeStorage) or a test keystore; required unless `unencryptedDatabase`. */
  keystore?: Keystore | undefined;
  unencryptedDatabase?: boolean | undefined;
  /** Typed by the administrator when the keystore lost the key (new OS profile, new computer). */
  recoveryKey?: string | undefined;
  nativeBinding?: string | undefined;
  now: Date;
}

export interface SecurityState {
  encrypted: boolean;
  keystore: string;
  keyFile: string;
  /** The formatted recovery key until an administrator confirmed storing it; null afterwards. */
  pendingRecoveryKey: string | null;
  /** What the start-up encryption of a plain database copied, when it ran. */
  encryptedFromPlain: EncryptionReport | null;
  /** The backup swapped in at this start (staged by backup:restore), and where the replaced file lies. */
  restored: AppliedRestore | null;
}

export interface SecureStore {
  store: Store;
  keys: KeyMaterial;
  security: SecurityState;
  /** Records that the administrator stored the recovery key: it is never shown again. */
  confirmRecoveryKeyStored(at: Date): void;
}

function chooseKeystore(options: SecureStoreOptions): Keystore {
  if (options.unencryptedDatabase) return options.keystore ?? plainKeystore;
  if (!options.keystore || !options.keystore.isSecure) {
    throw new StoreError(
      'unencrypted-refused',
      'This computer offers no protected key store (on Linux: no keyring such as GNOME Keyring or KWallet is running), ' +
        'so the database key could not be kept safe. Chairside does not keep patient data unencrypted. ' +
        'IT can allow it on a computer whose disk is encrypted as a whole: set CHAIRSIDE_UNENCRYPTED_DATABASE=1.',
    );
  }
  return options.keystore;
}

function unlock(options: SecureStoreOptions, keystore: Keystore): UnlockedKeys {
  const path = keyFilePath(options.databasePath);
  const file = readKeyFile(path);
  if (file) return unlockKeyFile(path, file, keystore, options.recoveryKey);
  if (databaseKind(options.databasePath) === 'encrypted') {
    throw new StoreError(
      'key-unavailable',
      `The key file ${path} of the encrypted database ${options.databasePath} is missing. ` +
        'Put it back from a backup, or start Chairside once with the recovery key in CHAIRSIDE_RECOVERY_KEY.',
    );
  }
  return createKeyFile(path, keystore, options.now);
}

/** Plain copies an older version left in the backups folder are encrypted like the database. */
function encryptPlainBackups(databasePath: string, key: Buffer): void {
  const folder = join(dirname(databasePath), 'backups');
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (name.endsWith('.sqlite3') && isPlainDatabase(file)) encryptPlainDatabase(file, key);
  }
}

export async function openSecureStore(options: SecureStoreOptions): Promise<SecureStore> {
  const { databasePath } = options;
  ensureWritableStore(databasePath);
  const keystore = chooseKeystore(options);
  const unlocked = unlock(options, keystore);
  const keys = deriveKeyMaterial(unlocked.master);
  const restored = applyPendingRestore(databasePath, options.now);
  resumeEncryption(databasePath);
  let encryptedFromPlain: EncryptionReport | null = null;
  if (!options.unencryptedDatabase && isPlainDatabase(databasePath)) {
    encryptedFromPlain = encryptPlainDatabase(databasePath, keys.databaseKey);
  }
  if (!options.unencryptedDatabase) encryptPlainBackups(databasePath, keys.databaseKey);
  const kind = databaseKind(databasePath);
  const encrypted = kind === 'none' ? !options.unencryptedDatabase : kind === 'encrypted';
  const { store } = await openAndMigrate(databasePath, {
    ...(encrypted ? { key: keys.databaseKey } : {}),
    auditKey: keys.auditKey,
    nativeBinding: options.nativeBinding,
    now: options.now,
  });
  const keyFile = keyFilePath(databasePath);
  const security: SecurityState = {
    encrypted,
    keystore: keystore.name,
    keyFile,
    pendingRecoveryKey: unlocked.recoveryPending ? formatRecoveryKey(unlocked.master) : null,
    encryptedFromPlain,
    restored,
  };
  return {
    store,
    keys,
    security,
    confirmRecoveryKeyStored: (at) => {
      const current = readKeyFile(keyFile);
      if (current) writeKeyFile(keyFile, { ...current, recoveryKeyStoredAt: at.toISOString() });
      security.pendingRecoveryKey = null;
    },
  };
}
