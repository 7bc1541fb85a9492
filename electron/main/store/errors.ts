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
  | 'corrupt'
  /** A center database whose schema is older than this version: IT runs npm run center:migrate. */
  | 'older-database'
  /** The center database server cannot be reached, or refused the connection (TLS, password, database). */
  | 'unreachable'
  /** Something only the embedded store does (a file backup, a synchronous statement). */
  | 'not-available';

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

/**
 * What a failed statement or file operation means, decided here once for every caller and both dialects:
 * the storage failures the renderer explains (full, I/O, read-only, busy, unreachable), and the refusals
 * the database itself makes (a unique key, a foreign key, a check, and the overlap rules of bookings and
 * orders, which SQLite raises from triggers and PostgreSQL from EXCLUDE constraints and PL/pgSQL triggers).
 */
export type FailureClass =
  StorageErrorCode | 'unique' | 'foreign-key' | 'constraint' | 'chair-overlap' | 'patient-overlap' | 'order-overlap';

interface CodedError {
  code?: unknown;
  path?: unknown;
  cause?: unknown;
  message?: unknown;
  constraint?: unknown;
}

// The messages the SQLite triggers RAISE and the PL/pgSQL triggers RAISE EXCEPTION (same text in both).
const RULE_MESSAGES: ReadonlyArray<readonly [string, FailureClass]> = [
  ['chair-double-booked', 'chair-overlap'],
  ['patient-double-booked', 'patient-overlap'],
  ['order-overlap', 'order-overlap'],
];

// PostgreSQL's EXCLUDE constraints (0060/0110 PostgreSQL variants) by name.
const EXCLUSIONS: Readonly<Record<string, FailureClass>> = {
  appointment_chair_no_overlap: 'chair-overlap',
  appointment_patient_no_overlap: 'patient-overlap',
};

// SQLite's extended codes share their primary code's prefix (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED,
// SQLITE_BUSY_SNAPSHOT); Node's file and socket errors carry errno names.
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
  ['SQLITE_CONSTRAINT_FOREIGNKEY', 'foreign-key'],
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
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  ETIMEDOUT: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  EPIPE: 'unreachable',
};

// PostgreSQL SQLSTATEs: exact codes first, then classes (the first two characters).
const BY_SQLSTATE: Readonly<Record<string, FailureClass>> = {
  '23505': 'unique',
  '23503': 'foreign-key',
  '23P01': 'constraint',
  '40001': 'busy', // serialization_failure
  '40P01': 'busy', // deadlock_detected
  '55P03': 'busy', // lock_not_available (lock_timeout)
  '57014': 'busy', // query_canceled (statement timeout)
  '53100': 'storage-full', // disk_full
  '25006': 'read-only', // read_only_sql_transaction (a standby)
  '3D000': 'unreachable', // the database does not exist
  '57P01': 'unreachable', // admin_shutdown
  '57P02': 'unreachable',
  '57P03': 'unreachable', // cannot_connect_now (starting up)
};
const BY_SQLSTATE_CLASS: Readonly<Record<string, FailureClass>> = {
  '23': 'constraint',
  '22': 'constraint', // a value out of range (e.g. an impossible date) refused by a CHECK
  '08': 'unreachable', // connection exceptions
  '28': 'unreachable', // authentication
  '53': 'storage-error', // insufficient resources
  '58': 'storage-error', // system errors (I/O)
  XX: 'storage-error', // data corrupted
};

// node-postgres reports a dropped connection and a pool that cannot connect without a code.
const UNREACHABLE_MESSAGES = ['Connection terminated', 'timeout exceeded when trying to connect'];

function byMessage(message: string): FailureClass | null {
  return RULE_MESSAGES.find(([text]) => message.includes(text))?.[1] ?? null;
}

function classifyCode(error: CodedError, code: string): FailureClass | null {
  const message = typeof error.message === 'string' ? error.message : '';
  if (code in BY_ERRNO) return BY_ERRNO[code]!;
  if (code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_CONSTRAINT_TRIGGER' && byMessage(message)) return byMessage(message);
    return BY_PREFIX.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1] ?? null;
  }
  if (!/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === 'P0001') return byMessage(message) ?? 'constraint';
  if (code === '23P01' && typeof error.constraint === 'string') return EXCLUSIONS[error.constraint] ?? 'constraint';
  return BY_SQLSTATE[code] ?? BY_SQLSTATE_CLASS[code.slice(0, 2)] ?? null;
}

/**
 * Classifies an error from SQLite, PostgreSQL or the file system, looking through `cause` chains; null when
 * it is none of these (a programming error, reported as `internal`). `file` is the path a file error names.
 */
export function classifyFailure(error: unknown): { kind: FailureClass; file: string | null } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth += 1) {
    const coded = current as CodedError;
    const { code, path, cause, message } = coded;
    const kind =
      typeof code === 'string'
        ? classifyCode(coded, code)
        : typeof message === 'string' && UNREACHABLE_MESSAGES.some((m) => message.includes(m))
          ? 'unreachable'
          : null;
    if (kind) return { kind, file: typeof path === 'string' ? path : null };
    current = cause;
  }
  return null;
}
