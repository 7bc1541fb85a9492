import { storageMessage } from '../../../shared/ipc/failures';
import { classifyFailure } from '../store/errors';
import { AppError } from './errors';

/**
 * A storage failure (disk full, I/O error, read-only, busy) as the typed refusal the renderer translates,
 * naming the file; a uniqueness clash the services did not foresee becomes `conflict`. Null otherwise.
 */
export function storageFailure(error: unknown, databaseFile: string): AppError | null {
  const failure = classifyFailure(error);
  if (!failure) return null;
  if (failure.kind === 'unique')
    return new AppError('conflict', 'This is already saved under the same name or number.');
  if (failure.kind === 'constraint') return null;
  const file = failure.file ?? databaseFile;
  return new AppError(failure.kind, storageMessage(failure.kind, file), [], {
    retryable: failure.kind === 'busy',
    params: { file },
  });
}
