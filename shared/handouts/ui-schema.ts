import { z } from 'zod';

// Words the renderer puts around computed values. Templates use {name} placeholders; the schema checks that a
// translation keeps exactly the placeholders the renderer fills, so a French sentence can't lose the date.

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

function template(...names: string[]) {
  const expected = [...names].sort().join(',');
  return z
    .string()
    .trim()
    .min(1)
    .refine((t) => [...new Set(placeholdersOf(t))].sort().join(',') === expected, {
      message: names.length ? `must use exactly the placeholders {${names.join('}, {')}}` : 'must not use placeholders',
    });
}

const text = template();

export const uiStringsSchema = z.strictObject({
  /** BCP 47 tag for Intl date formatting, e.g. en-US, fr-FR. */
  intlLocale: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
  phoneBoxLabel: text,
  phoneBoxHours: text,
  patientLabel: text,
  treatmentLabel: text,
  printedLabel: text,
  noAppointments: text,
  appointmentDateTime: template('date', 'time'),
  urgentCallLine: template('phone'),
  nameWithBrand: template('generic', 'brand'),
  howItWorksHeading: text,
  howGivenHeading: text,
  drugIsCheckpoint: template('drug'),
  regimenIsCheckpoint: template('drugs'),
  drugBlocks: template('drug', 'targets'),
  targets: z.strictObject({ 'PD-1': text, 'PD-L1': text, 'CTLA-4': text, 'LAG-3': text }),
  givenByDrip: text,
  infusionAbout: template('drug', 'minutes'),
  infusionFirstThen: template('drug', 'first', 'minutes'),
  infusionAskNurse: template('drug'),
  intervalSingle: template('weeks'),
  intervalChoice: template('weeks'),
  chairTime: text,
  carTIntro: template('product'),
  carTInfusionDay: text,
  carTDailyChecks: template('days'),
  carTStayNear: template('days'),
  carTNoDriving: template('days'),
  carTUntil: template('date'),
  footerPrinted: template('date'),
  footerPage: template('page', 'total'),
  metaLine: template('sheetVersion', 'contentVersion', 'reviewedDate'),
  draftNotice: text,
  walletTitle: text,
  walletReceiving: text,
  walletReceivedCarT: text,
  walletInfusedOn: template('date'),
  walletPhoneLabel: text,
  walletSignsHeading: text,
  walletClinicianHeading: text,
  walletFront: text,
  walletBack: text,
  walletCutHint: text,
});
export type UiStrings = z.infer<typeof uiStringsSchema>;
