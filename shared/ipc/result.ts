// The envelope every channel answers with, in Electron and in the browser harness alike: errors are data,
// never exceptions thrown across the process boundary (TOOLCHAIN P12).
export const ERROR_CODES = ['invalid', 'not-found', 'conflict', 'forbidden', 'locked', 'internal'] as const;
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
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };
