import type { storageEn } from './messages-storage.en';

// The machine's failures in French, the same keys as messages-storage.en.ts.

export const storageFr: typeof storageEn = {
  'storage-full':
    'Le disque qui contient {{file}} est plein : rien n’a été enregistré. Libérez de l’espace sur ce disque (ou demandez-le à l’informatique), puis réessayez.',
  'storage-error':
    'La lecture ou l’écriture de {{file}} a échoué (erreur de disque ou de fichier) : rien n’a été enregistré. Réessayez ; si cela se reproduit, prévenez l’informatique : le disque est peut-être défaillant, et la dernière sauvegarde peut être restaurée.',
  'read-only':
    '{{file}} ne peut pas être modifié : le fichier ou son dossier est en lecture seule, rien n’a été enregistré. Demandez à l’informatique de donner à Chairside le droit d’écrire dans ce dossier.',
  busy: '{{file}} est occupé (un autre programme ou une autre fenêtre l’utilise). Rien n’a été enregistré : réessayez dans un instant.',
  unreachable:
    '{{file}} est injoignable (le réseau ou le serveur est en panne) : rien n’a été enregistré. Vos brouillons sont gardés sur ce poste : réessayez dans un instant, et prévenez l’informatique si cela dure.',
};
