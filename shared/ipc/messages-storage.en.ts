import type { StorageErrorCode } from './failures';

// Failures of the machine rather than of the request, in English: each names the file and the fix. Main sends
// these (logs, scripts, through shared/i18n/translate.ts); the renderer mounts them under `storage` and shows
// the reader's language (messages-storage.fr.ts). {{file}} is the file main named.

export const storageEn = {
  'storage-full':
    'The disk that holds {{file}} is full, so nothing was saved. Free space on that disk (or ask IT to), then try again.',
  'storage-error':
    'Reading or writing {{file}} failed (a disk or file error), so nothing was saved. Try again; if it happens again, tell IT: the disk may be failing, and the latest backup can be restored.',
  'read-only':
    '{{file}} cannot be written: the file or its folder is read-only, so nothing was saved. Ask IT to give Chairside write access to that folder.',
  busy: '{{file}} is busy (another program or window is using it). Nothing was saved: try again in a moment.',
  unreachable:
    '{{file}} cannot be reached (the network or the server is down), so nothing was saved. Your drafts are kept on this workstation: try again in a moment, and tell IT if it lasts.',
} satisfies Record<StorageErrorCode, string>;
