// The envelope every channel answers with, in Electron and in the browser harness alike: errors are data,
// never exceptions thrown across the process boundary (Playwright’s bridge would lose their fields).
// The storage codes (shared/ipc/failures.ts) say the machine failed, not the request: `busy` may be retried.
export const ERROR_CODES = [
  'invalid',
  'not-found',
  'conflict',
  'forbidden',
  'locked',
  'internal',
  'storage-full',
  'storage-error',
  'read-only',
  'busy',
  'unreachable',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface IpcIssue {
  /** Dotted field path, e.g. `patient.birthDate` or `doses.0.date`; empty for the whole input. */
  path: string;
  message: string;
  /**
   * A stable reason (e.g. `own-order`) and its parameters, for refusals the renderer words itself in the
   * reader's language; `message` is the English wording, for logs and tests.
   */
  code?: string;
  params?: Record<string, string | number>;
}

export interface IpcError {
  code: ErrorCode;
  message: string;
  issues: IpcIssue[];
  /** True when the same request may succeed if sent again unchanged (e.g. `busy`). */
  retryable?: boolean;
  /** Values the renderer fills into its own translation of the message (e.g. `file`). */
  params?: Record<string, string>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
