import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { storageMessage } from '../../../shared/ipc/failures';
import { classifyFailure } from '../store/errors';
import { AppError, refusal } from './errors';

/**
 * SQLite reports a write refused by a read-only mount as a plain I/O error (SQLITE_IOERR_WRITE); asking the
 * file system tells the two apart, so the message gives the right fix.
 */
function readOnlyNow(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    return false;
  } catch (error) {
    return ['EROFS', 'EACCES', 'EPERM'].includes((error as { code?: string }).code ?? '');
  }
}

/**
 * A storage failure (disk full, I/O error, read-only, busy) as the typed refusal the renderer translates,
 * naming the file; a uniqueness clash the services did not foresee becomes `conflict`. Null otherwise.
 */
export function storageFailure(error: unknown, databaseFile: string): AppError | null {
  const failure = classifyFailure(error);
  if (!failure) return null;
  if (failure.kind === 'unique')
    return refusal('conflict', 'already-saved', 'This is already saved under the same name or number.');
  if (failure.kind === 'chair-overlap')
    return refusal(
      'conflict',
      'chair-busy',
      'That chair is already booked for part of that time. Choose another chair or time.',
    );
  if (failure.kind === 'patient-overlap')
    return refusal(
      'conflict',
      'patient-busy',
      'The patient already has an appointment during part of that time. Choose another time.',
    );
  if (failure.kind === 'order-overlap')
    return refusal(
      'conflict',
      'order-overlap',
      'Another order already covers some of these doses: replace it instead.',
    );
  if (failure.kind === 'constraint' || failure.kind === 'foreign-key') return null;
  const file = failure.file ?? databaseFile;
  const kind = failure.kind === 'storage-error' && readOnlyNow(file) ? 'read-only' : failure.kind;
  return new AppError(kind, storageMessage(kind, file), [], {
    retryable: kind === 'busy' || kind === 'unreachable',
    params: { file },
  });
}
