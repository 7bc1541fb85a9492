export const en = {
  app: {
    name: 'Chairside',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    version: 'Version {{version}}',
    database: 'Database: {{path}}',
    loading: 'Loading…',
    coming: 'Coming soon',
    comingBody: 'This part of Chairside is being built. {{what}}',
  },
  nav: {
    schedule: 'Schedule',
    patients: 'Patients',
    chairside: 'Chairside',
    handouts: 'Handouts',
    library: 'Library',
    settings: 'Settings',
  },
  placeholder: {
    schedule: 'The day view of chairs and times, booking and changes will appear here.',
    patients: 'Patient records, search and treatment plans will appear here.',
    chairside: 'Identity check, assessment, administration and reaction charting will appear here.',
    handouts: 'Take-home education sheets and wallet cards will appear here.',
    library: 'Drugs, regimens, CAR T products and CTCAE terms with their sources will appear here.',
  },
  settings: {
    title: 'Settings',
    general: 'General',
    language: 'Language',
    centerName: 'Center name',
    centerPhone24h: '24-hour phone number',
    centerPhone24hHelp: 'Printed on every take-home sheet and wallet card.',
    idleLockMinutes: 'Lock after idle (minutes)',
    save: 'Save settings',
    saved: 'Settings saved at {{time}}',
    fixFields: 'Please correct the fields marked below.',
  },
  status: {
    ok: 'OK',
    error: 'Error',
  },
};

export type Messages = typeof en;
