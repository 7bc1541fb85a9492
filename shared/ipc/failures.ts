import type { ErrorCode } from './result';

// Failures of the machine rather than of the request: the disk is full, the file cannot be read or written,
// the folder is read-only, another program holds the database. Each names the file and the fix. Main sends
// the English text (logs, scripts); the renderer shows the one in the nurse's language from the same table,
// filling {{file}} from the error's params.

export const STORAGE_ERROR_CODES = ['storage-full', 'storage-error', 'read-only', 'busy', 'unreachable'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export function isStorageErrorCode(code: ErrorCode): code is StorageErrorCode {
  return (STORAGE_ERROR_CODES as readonly string[]).includes(code);
}

type Messages = Record<StorageErrorCode, string>;

export const STORAGE_MESSAGES: { en: Messages; fr: Messages } = {
  en: {
    'storage-full':
      'The disk that holds {{file}} is full, so nothing was saved. Free space on that disk (or ask IT to), then try again.',
    'storage-error':
      'Reading or writing {{file}} failed (a disk or file error), so nothing was saved. Try again; if it happens again, tell IT: the disk may be failing, and the latest backup can be restored.',
    'read-only':
      '{{file}} cannot be written: the file or its folder is read-only, so nothing was saved. Ask IT to give Chairside write access to that folder.',
    busy: '{{file}} is busy (another program or window is using it). Nothing was saved: try again in a moment.',
    unreachable:
      '{{file}} cannot be reached (the network or the server is down), so nothing was saved. Your drafts are kept on this workstation: try again in a moment, and tell IT if it lasts.',
  },
  fr: {
    'storage-full':
      'Le disque qui contient {{file}} est plein : rien n’a été enregistré. Libérez de l’espace sur ce disque (ou demandez-le à l’informatique), puis réessayez.',
    'storage-error':
      'La lecture ou l’écriture de {{file}} a échoué (erreur de disque ou de fichier) : rien n’a été enregistré. Réessayez ; si cela se reproduit, prévenez l’informatique : le disque est peut-être défaillant, et la dernière sauvegarde peut être restaurée.',
    'read-only':
      '{{file}} ne peut pas être modifié : le fichier ou son dossier est en lecture seule, rien n’a été enregistré. Demandez à l’informatique de donner à Chairside le droit d’écrire dans ce dossier.',
    busy: '{{file}} est occupé (un autre programme ou une autre fenêtre l’utilise). Rien n’a été enregistré : réessayez dans un instant.',
    unreachable:
      '{{file}} est injoignable (le réseau ou le serveur est en panne) : rien n’a été enregistré. Vos brouillons sont gardés sur ce poste : réessayez dans un instant, et prévenez l’informatique si cela dure.',
  },
};

/** The message for a storage failure, with the file named. */
export function storageMessage(code: StorageErrorCode, file: string, language: 'en' | 'fr' = 'en'): string {
  return STORAGE_MESSAGES[language][code].replace('{{file}}', file);
}
