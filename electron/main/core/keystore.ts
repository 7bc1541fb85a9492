// Where the database key lives between runs: the operating system's protected storage (Electron safeStorage:
// DPAPI on Windows, the Keychain on macOS, libsecret/kwallet on Linux) in the app, a test keystore in tests.
// The core never sees how; it hands over a random 256-bit secret and gets back bytes safe to write to disk.

export interface Keystore {
  /** Recorded in the key file, so a file wrapped elsewhere is recognised as such. */
  readonly name: string;
  /**
   * False when the OS offers no real protection (Linux without a keyring: Chromium's "basic_text" backend
   * wraps with a fixed password). The core then refuses to start unless IT allowed it explicitly.
   */
  readonly isSecure: boolean;
  wrap(secret: Buffer): Buffer;
  /** Throws when the bytes were not wrapped by this keystore (another OS profile, another computer). */
  unwrap(wrapped: Buffer): Buffer;
}

/**
 * No protection at all: the secret is written as is. Only for a center that runs with the documented
 * unencrypted setting (the audit chain still needs its key).
 */
export const plainKeystore: Keystore = {
  name: 'none',
  isSecure: false,
  wrap: (secret) => Buffer.from(secret),
  unwrap: (wrapped) => Buffer.from(wrapped),
};
