import { randomBytes } from 'node:crypto';
import { openCenterStore } from '../store/center';
import { StoreError } from '../store/errors';
import type { DatabaseLocation } from '../store/location';
import { deriveKeyMaterial, type KeyMaterial } from './key-material';
import type { SecureStore, SecurityState } from './open-secure-store';
import { formatRecoveryKey, parseRecoveryKey } from './recovery-key';
import { readCenterKeyCheck, writeCenterKeyCheck } from '../repositories/center-key';

// Start-up in center mode. The center's secret (a recovery key, shown once by center:migrate when it created
// the database) reaches each workstation through its keystore, or CHAIRSIDE_CENTER_KEY when headless; the
// server keeps only its check value. Data at rest is the server's (IT's) to encrypt; the connection is TLS.

type PostgresLocation = Extract<DatabaseLocation, { kind: 'postgres' }>;

export interface CenterSecureOptions {
  location: PostgresLocation;
  /** The center key as printed by center:migrate (groups of letters and digits). */
  centerKey?: string | undefined;
  password?: string | undefined;
  workstation: string;
  /** center:migrate and the test helper only; creates the key check on a new database. */
  migrate?: boolean | undefined;
  now: Date;
  onPoolError?: ((error: Error) => void) | undefined;
}

function centerMaster(options: CenterSecureOptions): Buffer {
  const master = options.centerKey ? parseRecoveryKey(options.centerKey) : null;
  if (master) return master;
  throw new StoreError(
    'key-unavailable',
    options.centerKey
      ? 'The center key given is not a valid Chairside key: check it against the one IT keeps.'
      : `${options.location.label} is a center database: this workstation needs the center key ` +
          '(CHAIRSIDE_CENTER_KEY, or Settings › Center database), which IT received from npm run center:migrate.',
  );
}

/** A new center secret for center:migrate to show once. */
export const newCenterKey = (): string => formatRecoveryKey(randomBytes(32));

async function checkKey(secure: { store: SecureStore['store']; keys: KeyMaterial }, options: CenterSecureOptions) {
  const check = await readCenterKeyCheck(secure.store.db);
  if (check === null && options.migrate) {
    await writeCenterKeyCheck(secure.store.db, secure.keys.recoveryCheck, options.now.toISOString());
    return;
  }
  if (check === secure.keys.recoveryCheck) return;
  throw new StoreError(
    'key-unavailable',
    check === null
      ? `${options.location.label} has no center key yet: IT finishes setting it up with npm run center:migrate.`
      : `The center key of this workstation is not the key of ${options.location.label}: ` +
          'audit events written with it could not be verified. Enter the key IT keeps for this center.',
  );
}

export async function openCenterSecureStore(options: CenterSecureOptions): Promise<SecureStore> {
  const keys = deriveKeyMaterial(centerMaster(options));
  const { store } = await openCenterStore(options.location, {
    password: options.password,
    auditKey: keys.auditKey,
    workstation: options.workstation,
    migrate: options.migrate,
    onPoolError: options.onPoolError,
  });
  try {
    await checkKey({ store, keys }, options);
  } catch (error) {
    await store.close();
    throw error;
  }
  const security: SecurityState = {
    encrypted: false,
    keystore: 'center',
    keyFile: '',
    pendingRecoveryKey: null,
    encryptedFromPlain: null,
    restored: null,
  };
  return { store, keys, security, confirmRecoveryKeyStored: () => undefined };
}
