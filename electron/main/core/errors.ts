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

export const invalid = (path: string, message: string): AppError =>
  new AppError('invalid', `${path}: ${message}`, [{ path, message }]);
export const notFound = (what: string): AppError => new AppError('not-found', `${what} was not found.`);
export const conflict = (message: string): AppError => new AppError('conflict', message);
export const forbidden = (message: string): AppError => new AppError('forbidden', message);

/**
 * A coded refusal: the error code, and one issue naming the field (`path`, empty for the whole request), the
 * stable reason and its parameters, so the screen can word it in the nurse's language.
 */
export function refusal(
  code: AppError['code'],
  reason: string,
  message: string,
  options: { path?: string; params?: Record<string, string | number> } = {},
): AppError {
  const issue = {
    path: options.path ?? '',
    message,
    code: reason,
    ...(options.params ? { params: options.params } : {}),
  };
  return new AppError(code, message, [issue]);
}
