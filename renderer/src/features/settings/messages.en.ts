// Settings › General: language, center name and phone, weight-based dose policy, FHIR link, lab codes (LOINC). Mounted under `settings` in i18n/en.ts; French in messages.fr.ts with the same keys.
export const settingsEn = {
  title: 'Settings',
  general: 'General',
  language: 'Language',
  paperSize: 'Paper size',
  paperSizeHelp: 'Every take-home sheet, report and downtime sheet prints on it, in either language.',
  paper: { Letter: 'Letter (North America, Québec included)', A4: 'A4' },
  centerName: 'Center name',
  centerPhone24h: '24-hour phone number',
  centerPhone24hHelp: 'Printed on every take-home sheet and wallet card.',
  weightPolicy: {
    title: 'Weight-based doses',
    intro:
      'Before a dose worked out from the weight, the chairside asks for a fresh weight when the last one is older than this, or sends the dose to the prescriber when the weight moved more than this from the plan’s.',
    maxAgeDays: 'A weight is fresh for (days)',
    days: 'days',
    maxChangePercent: 'Change from the plan’s weight that needs the prescriber (%)',
  },
  fhir: {
    title: 'FHIR export identifiers',
    intro:
      'For the hospital’s IT: the FHIR R4 export (Reports) names each patient by the MRN under this system, and each resource under this base. Chairside’s defaults end in .invalid and match no hospital: set both before a first export.',
    mrnSystem: 'MRN system (absolute URI)',
    mrnSystemHelp:
      'Patient.identifier.system, for example https://hospital.example/mrn or urn:oid:… as the hospital assigns.',
    baseUrl: 'FHIR base URL',
    baseUrlHelp: 'The Bundle’s entries are named base/Type/id; Chairside’s own extensions live under it. No final /.',
  },
  labCodes: {
    title: 'Lab codes (LOINC)',
    intro:
      'Enter the code your laboratory reports for this test; leave it empty to export the test by name only. The FHIR export (Reports) writes it with each result of the test.',
    test: 'Test',
    code: 'LOINC code',
    codeFor: 'LOINC code for {{test}}',
    save: 'Save lab codes',
  },
  idleLockMinutes: 'Lock after idle (minutes)',
  save: 'Save settings',
  saved: 'Settings saved at {{time}}',
  fixFields: 'Please correct the fields marked below.',
  menu: 'Settings sections',
  readOnly: 'Only a charge nurse or an administrator can change these settings. You can read them here.',
  sections: {
    center: 'Center',
    chairs: 'Chairs and beds',
    hours: 'Hours and closures',
    staff: 'Staff and accounts',
    limits: 'Limits',
    library: 'Center regimens',
    ready: 'Ready to treat',
    backups: 'Backups',
    'car-t': 'CAR T protocol',
    database: 'Center database',
  },
};
