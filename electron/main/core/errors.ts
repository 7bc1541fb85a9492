import type { CoreRefusalReason } from '../../../shared/ipc/core-refusals';
import type { ErrorCode, IpcIssue } from '../../../shared/ipc/result';

export interface AppErrorOptions {
  /** The same request may succeed if sent again (e.g. `busy`). */
  retryable?: boolean;
  /** Values the renderer fills into its own translation of the message. */
  params?: Record<string, string>;
}

/** An expected failure a handler reports to the renderer; its message must not contain patient data. */
export class AppError extends Error {
  readonly retryable: boolean;
  readonly params: Record<string, string> | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: IpcIssue[] = [],
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.retryable = options.retryable ?? false;
    this.params = options.params;
  }
}

type RefusalParams = Record<string, string | number>;

// Every refusal names its reason (shared/ipc/core-refusals.ts), so the screen can word it in the nurse's language;
// the English message stays for the logs.
export const invalid = (path: string, reason: CoreRefusalReason, message: string, params?: RefusalParams): AppError =>
  new AppError('invalid', `${path}: ${message}`, [{ path, message, code: reason, ...(params ? { params } : {}) }]);
export const notFound = (reason: CoreRefusalReason, what: string): AppError =>
  refusal('not-found', reason, `${what} was not found.`);
export const conflict = (reason: CoreRefusalReason, message: string, params?: RefusalParams): AppError =>
  refusal('conflict', reason, message, params ? { params } : {});
export const forbidden = (reason: CoreRefusalReason, message: string, params?: RefusalParams): AppError =>
  refusal('forbidden', reason, message, params ? { params } : {});

/**
 * A coded refusal: the error code, and one issue naming the field (`path`, empty for the whole request), the
 * stable reason and its parameters, so the screen can word it in the nurse's language.
 */
export function refusal(
  code: AppError['code'],
  reason: CoreRefusalReason,
  message: string,
  options: { path?: string; params?: RefusalParams } = {},
): AppError {
  const issue = {
    path: options.path ?? '',
    message,
    code: reason,
    ...(options.params ? { params: options.params } : {}),
  };
  return new AppError(code, message, [issue]);
}
