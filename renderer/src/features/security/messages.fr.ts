import type { securityEn } from './messages.en';

export const securityFr: typeof securityEn = {
  recovery: {
    title: 'Conserver la clé de récupération',
    intro:
      'Les données des patients sur cet ordinateur sont chiffrées. Leur clé est gardée par le compte utilisateur de cet ordinateur. Si ce compte ou cet ordinateur est perdu, seule la clé de récupération rouvre les dossiers.',
    show: 'Afficher la clé de récupération',
    keyLabel: 'Clé de récupération',
    print: 'Imprimer',
    how: 'Imprimez-la ou recopiez-la, et rangez-la sous clé loin de cet ordinateur (par exemple dans le coffre de l’administrateur). Elle est affichée jusqu’à votre confirmation, puis plus jamais.',
    stored: 'J’ai imprimé ou rangé la clé de récupération en lieu sûr',
    confirm: 'Terminé',
    later: 'Me le rappeler plus tard',
  },
  mustChange: {
    title: 'Choisissez votre propre mot de passe ou NIP',
    intro:
      'Le mot de passe ou NIP utilisé pour vous connecter a été défini par quelqu’un d’autre. Choisissez le vôtre avant de continuer.',
    form: 'Nouveau mot de passe ou NIP',
  },
  backups: {
    title: 'Sauvegardes',
    intro:
      'Copies chiffrées de toute la base, faites pendant que Chairside fonctionne : toutes les {{hours}} heures et à la fermeture de Chairside. Les {{keep}} dernières sont gardées.',
    folder: 'Dossier des sauvegardes',
    folderHelp: 'De préférence sur un autre disque ou un dossier réseau sauvegardé par l’informatique.',
    keep: 'Sauvegardes gardées',
    everyHours: 'Sauvegarder toutes les (heures)',
    saveSettings: 'Enregistrer les réglages de sauvegarde',
    saved: 'Réglages de sauvegarde enregistrés.',
    now: 'Sauvegarder maintenant',
    running: 'Sauvegarde…',
    made: 'Sauvegarde {{file}} faite.',
    list: 'Sauvegardes',
    none: 'Aucune sauvegarde pour l’instant.',
    at: 'Faite le',
    size: 'Taille',
    why: 'Pourquoi',
    reason: { manual: 'À la main', scheduled: 'Planifiée', quit: 'À la fermeture' },
    restore: 'Restaurer {{file}}',
    restoreShort: 'Restaurer',
    confirmRestore:
      'Restaurer {{file}} ? Tout ce qui a été enregistré après sera remplacé au prochain démarrage (le fichier actuel est mis de côté).',
    restoreYes: 'Oui, restaurer cette sauvegarde',
    cancel: 'Annuler',
    restored:
      'La sauvegarde {{file}} a été vérifiée (intégrité, version, journal d’audit : {{events}} événements) et remplacera les données actuelles au prochain démarrage de Chairside. Fermez et rouvrez Chairside maintenant.',
    pending: 'Une restauration de {{file}} attend : fermez et rouvrez Chairside pour la terminer.',
  },
  downtime: {
    print: 'Imprimer la feuille de secours',
    printing: 'Impression…',
    printed: 'Feuille de secours imprimée ({{count}} rendez-vous).',
    help: 'Les rendez-vous du jour avec le protocole, les allergies et la dernière réaction de chaque patient, pour quand Chairside est indisponible.',
  },
  pinSignIn:
    'Les infirmières peuvent se connecter avec un NIP (sinon un NIP déverrouille seulement leur propre session)',
};
