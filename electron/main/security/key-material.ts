import { createHash, createHmac, createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto';

// Everything secret derives from one random 256-bit master secret (the recovery key), each use with its own
// HKDF label, so knowing one derived key reveals neither the master nor another: the SQLCipher database key,
// the audit chain's HMAC key, and the Ed25519 key that signs audit checkpoints.

export interface KeyMaterial {
  /** Raw SQLCipher key (no passphrase stretching: it is already 256 random bits). */
  databaseKey: Buffer;
  /** HMAC-SHA-256 key of the audit chain. */
  auditKey: Buffer;
  checkpointPrivateKey: KeyObject;
  checkpointPublicKey: KeyObject;
  /** Short, public fingerprint of the checkpoint public key, printed with every checkpoint. */
  checkpointKeyId: string;
  /** Public check value stored in the key file: tells a typed recovery key is this database's one. */
  recoveryCheck: string;
}

const SALT = Buffer.from('chairside key material v1');

const derive = (master: Buffer, label: string) => Buffer.from(hkdfSync('sha256', master, SALT, label, 32));

// An Ed25519 private key from its 32-byte seed, through the fixed PKCS#8 prefix of RFC 8410.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function recoveryCheckOf(master: Buffer): string {
  return createHmac('sha256', master).update('chairside recovery check').digest('hex').slice(0, 32);
}

export function deriveKeyMaterial(master: Buffer): KeyMaterial {
  if (master.length !== 32) throw new Error('The master secret must be 32 bytes.');
  const seed = derive(master, 'audit checkpoint signing');
  const checkpointPrivateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const checkpointPublicKey = createPublicKey(checkpointPrivateKey);
  const spki = checkpointPublicKey.export({ format: 'der', type: 'spki' });
  return {
    databaseKey: derive(master, 'sqlcipher database'),
    auditKey: derive(master, 'audit chain hmac'),
    checkpointPrivateKey,
    checkpointPublicKey,
    checkpointKeyId: createHash('sha256').update(spki).digest('hex').slice(0, 16),
    recoveryCheck: recoveryCheckOf(master),
  };
}
