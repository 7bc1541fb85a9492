export type StoreErrorKind = 'folder-unwritable' | 'open-failed' | 'newer-database' | 'migration-failed';

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
