import type { Locale } from '../ipc/schemas';
import { translator, type Translate } from '../i18n/translate';
import { reportsEn, type ReportMessages } from './messages.en';
import { reportsFr } from './messages.fr';

// The words a report is said in: a translate function over the reports' catalogue (messages.en.ts /
// messages.fr.ts) and the language its numbers are written in. The screen passes i18next's own `t` for the
// same catalogue; main, which prints without i18next, makes one here.

export interface ReportText {
  language: Locale;
  t: Translate<ReportMessages>;
}

export const REPORT_MESSAGES: Readonly<Record<Locale, ReportMessages>> = { en: reportsEn, fr: reportsFr };

export function reportText(language: Locale): ReportText {
  return { language, t: translator(REPORT_MESSAGES[language], language) };
}

/** Weekday keys, Sunday first as getUTCDay() counts. */
const WEEKDAY_KEYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export const weekdayName = (w: ReportText, day: number): string => w.t(`weekday.${WEEKDAY_KEYS[day]!}`);
