// Words for encryption, the recovery key, backups and the downtime sheet in English (French in the .fr.ts beside it); mounted
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
