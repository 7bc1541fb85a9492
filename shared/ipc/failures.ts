import { translator } from '../i18n/translate';
import { storageEn } from './messages-storage.en';
import type { ErrorCode } from './result';

// Failures of the machine rather than of the request: the disk is full, the file cannot be read or written,
// the folder is read-only, another program holds the database. Their words are messages-storage.en.ts / .fr.ts:
// main sends the English (logs, scripts); the renderer shows the reader's language from the same catalogue
// (mounted under `storage`), filling {{file}} from the error's params.

export const STORAGE_ERROR_CODES = ['storage-full', 'storage-error', 'read-only', 'busy', 'unreachable'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export function isStorageErrorCode(code: ErrorCode): code is StorageErrorCode {
  return (STORAGE_ERROR_CODES as readonly string[]).includes(code);
}

const english = translator(storageEn, 'en');

/** The English message for a storage failure, with the file named (main's error message and logs). */
export function storageMessage(code: StorageErrorCode, file: string): string {
  return english(code, { file });
}
