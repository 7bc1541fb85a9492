import type { ErrorCode, IpcIssue } from '../../../shared/ipc/result';

/** An expected failure a handler reports to the renderer; its message must not contain patient data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: IpcIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (path: string, message: string): AppError =>
  new AppError('invalid', `${path}: ${message}`, [{ path, message }]);
export const notFound = (what: string): AppError => new AppError('not-found', `${what} was not found.`);
export const conflict = (message: string): AppError => new AppError('conflict', message);
export const forbidden = (message: string): AppError => new AppError('forbidden', message);
