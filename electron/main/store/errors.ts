import type { StorageErrorCode } from '../../../shared/ipc/failures';

export type StoreErrorKind =
  | 'folder-unwritable'
  | 'file-read-only'
  | 'open-failed'
  | 'newer-database'
  | 'migration-failed'
  | 'key-unavailable'
  | 'unencrypted-refused'
  | 'tampered'
  | 'corrupt';

/** A failure to open or migrate the database, with a message fit for a nurse or hospital IT. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** What a failed statement or file operation means, decided here once for every caller. */
export type FailureClass = StorageErrorCode | 'unique' | 'constraint';

interface CodedError {
  code?: unknown;
  path?: unknown;
  cause?: unknown;
}

// SQLite's extended codes share their primary code's prefix (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED,
// SQLITE_BUSY_SNAPSHOT); Node's file errors carry errno names.
const BY_PREFIX: ReadonlyArray<readonly [string, FailureClass]> = [
  ['SQLITE_FULL', 'storage-full'],
  ['SQLITE_IOERR', 'storage-error'],
  ['SQLITE_CORRUPT', 'storage-error'],
  ['SQLITE_NOTADB', 'storage-error'],
  ['SQLITE_CANTOPEN', 'storage-error'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
  ['SQLITE_CONSTRAINT_UNIQUE', 'unique'],
  ['SQLITE_CONSTRAINT_PRIMARYKEY', 'unique'],
  ['SQLITE_CONSTRAINT', 'constraint'],
];
const BY_ERRNO: Readonly<Record<string, FailureClass>> = {
  ENOSPC: 'storage-full',
  EDQUOT: 'storage-full',
  EFBIG: 'storage-full',
  EIO: 'storage-error',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  EBUSY: 'busy',
};

function classifyCode(code: string): FailureClass | null {
  if (code in BY_ERRNO) return BY_ERRNO[code]!;
  return BY_PREFIX.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1] ?? null;
}

/**
 * Classifies an error from SQLite or the file system, looking through `cause` chains; null when it is
 * neither (a programming error, reported as `internal`). `file` is the path a file-system error names.
 */
export function classifyFailure(error: unknown): { kind: FailureClass; file: string | null } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth += 1) {
    const { code, path, cause } = current as CodedError;
    const kind = typeof code === 'string' ? classifyCode(code) : null;
    if (kind) return { kind, file: typeof path === 'string' ? path : null };
    current = cause;
  }
  return null;
}
