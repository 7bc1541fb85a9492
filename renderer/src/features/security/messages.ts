// Words for encryption, the recovery key, backups and the downtime sheet, in English and French; mounted
// under `security` in i18n/en.ts and fr.ts.

export const securityEn = {
  recovery: {
    title: 'Store the recovery key',
    intro:
      'Patient data on this computer is encrypted. Its key is kept by this computer’s user account. If that account or this computer is lost, only the recovery key opens the records again.',
    show: 'Show the recovery key',
    keyLabel: 'Recovery key',
    print: 'Print',
    how: 'Print it or write it down, and keep it locked away from this computer (for example in the administrator’s safe). It is shown until you confirm, then never again.',
    stored: 'I have printed or stored the recovery key in a safe place',
    confirm: 'Done',
    later: 'Remind me later',
  },
  mustChange: {
    title: 'Choose your own password or PIN',
    intro: 'The password or PIN you signed in with was set by someone else. Choose your own before you continue.',
    form: 'New password or PIN',
  },
  backups: {
    title: 'Backups',
    intro:
      'Encrypted copies of the whole database, made while Chairside runs: every {{hours}} hours and when Chairside closes. The last {{keep}} are kept.',
    folder: 'Backup folder',
    folderHelp: 'Preferably on another disk or a network folder IT backs up.',
    keep: 'Backups kept',
    everyHours: 'Back up every (hours)',
    saveSettings: 'Save backup settings',
    saved: 'Backup settings saved.',
    now: 'Back up now',
    running: 'Backing up…',
    made: 'Backup {{file}} made.',
    list: 'Backups',
    none: 'No backup yet.',
    at: 'Made',
    size: 'Size',
    why: 'Why',
    reason: { manual: 'By hand', scheduled: 'Scheduled', quit: 'On closing' },
    restore: 'Restore {{file}}',
    restoreShort: 'Restore',
    confirmRestore:
      'Restore {{file}}? Everything saved after it will be replaced at the next start (the current file is kept aside).',
    restoreYes: 'Yes, restore this backup',
    cancel: 'Cancel',
    restored:
      'The backup {{file}} was verified (integrity, version, audit trail: {{events}} events) and will replace the current data when Chairside starts again. Close and reopen Chairside now.',
    pending: 'A restore of {{file}} is waiting: close and reopen Chairside to finish it.',
  },
  downtime: {
    print: 'Print the downtime sheet',
    printing: 'Printing…',
    printed: 'Downtime sheet printed ({{count}} appointments).',
    help: 'Today’s schedule with each patient’s regimen, allergies and last reaction, for when Chairside is unavailable.',
  },
  pinSignIn: 'Nurses may sign in with a PIN (otherwise a PIN only unlocks their own locked session)',
};

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
