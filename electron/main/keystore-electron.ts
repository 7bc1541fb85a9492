import { safeStorage } from 'electron';
import type { Keystore } from './core/keystore';

// The database key's keystore in the app: Electron safeStorage (DPAPI on Windows, the Keychain on macOS,
// libsecret or KWallet on Linux). Thin glue like platform.ts; the core only sees the Keystore port.
// Chromium falls back to a fixed password on Linux when no keyring runs ("basic_text"): that is reported as
// insecure, and the core then refuses to keep patient data unless IT allowed it explicitly.

const INSECURE_BACKENDS = new Set(['basic_text', 'unknown']);

/** Call after app 'ready'; undefined when the OS offers no encryption at all. */
export function createElectronKeystore(): Keystore | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : process.platform;
  return {
    name: `electron-safe-storage:${process.platform}`,
    isSecure: !INSECURE_BACKENDS.has(backend),
    wrap: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unwrap: (wrapped) => Buffer.from(safeStorage.decryptString(wrapped), 'base64'),
  };
}
