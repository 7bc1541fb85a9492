import type { DoseRule, Provenance } from '../../../../shared/clinical';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { clinicalTextIn, formatNumber, unverifiedPath } from '../../../../shared/clinical';
import { withColon } from '../../i18n/colon';
import { doseIn } from '../../lib/doses';
import type { EffectiveOverride } from '../../../../shared/ipc/contract/library-overrides';
import { OVERRIDE_UNITS, type OverrideFieldKind } from '../../../../shared/library/targets';
import { formatDay, isRealDate } from '../../lib/dates';

// Display helpers for library records. Doses go through doseIn (leading zero, no trailing zero, the reader's marks, units
// spelled out); library wording in the screen's language where fr.json has it.

/** What a dose rule's text needs in the reader's language: a library text's translation and two phrases. */
export interface DoseWords {
  libraryText: (english: string) => string;
  /** "(max 200 mg)" */
  cap: (dose: string) => string;
  /** "no library dose", for a weight band the library gives no dose for. */
  noDose: string;
  language: string;
}

/** "200 mg", "3 mg/kg (max 200 mg)", "<30 kg: 4 mg/kg; ≥30 kg: 300 mg", in the words given. */
export function doseRuleText(rule: DoseRule, words: DoseWords): string {
  switch (rule.kind) {
    case 'flat':
      return rule.doseText === undefined ? doseIn(rule.mg) : words.libraryText(rule.doseText);
    case 'perKg': {
      const cap = rule.capMg === undefined ? '' : ` ${words.cap(doseIn(rule.capMg))}`;
      return `${doseIn(rule.mgPerKg, 'mg/kg')}${cap}`;
    }
    case 'weightBand':
      return rule.bands
        .map((band) => {
          const dose = band.dose === null ? words.noDose : doseRuleText(band.dose, words);
          return `${withColon(words.libraryText(band.label), words.language)} ${dose}`;
        })
        .join('; ');
  }
}

/** doseRuleText in the screen's language (French band labels and co-formulation wording from fr.json). */
export function useDoseRuleText(): (rule: DoseRule) => string {
  const { t, i18n } = useTranslation();
  const words: DoseWords = {
    libraryText: (english) => clinicalTextIn(i18n.language, english),
    cap: (dose) => t('library.doseCap', { dose }),
    noDose: t('library.noLibraryDose'),
    language: i18n.language,
  };
  return (rule) => doseRuleText(rule, words);
}

/** Whole weeks when the interval is one ("3 weeks"), else days. Returned as parts for i18n. */
export function intervalParts(days: number): { weeks: number | null; days: number } {
  return { weeks: days % 7 === 0 ? days / 7 : null, days };
}

/** A value of an override field with its unit: "45 min", "1,000 mg", "50 %". */
export function overrideValueText(kind: OverrideFieldKind | null, value: number | null): string {
  if (value === null) return '—';
  const unit = kind === null ? '' : OVERRIDE_UNITS[kind];
  if (unit === 'mg' || unit === 'mg/kg') return doseIn(value, unit);
  const text = formatNumber(value, i18next.language);
  return unit === '' ? text : `${text} ${unit}`;
}

/** The reason part of an UNVERIFIED entry ("inLineFilter: not found" → "not found"). */
export function unverifiedReason(entry: string): string {
  const path = unverifiedPath(entry);
  return path === '' ? entry : entry.slice(path.length + 2);
}

/** Entries about exactly `path` (not its children): shown at a section heading, the children at their items. */
export function unverifiedAt(record: Provenance, path: string): string[] {
  return record.unverified.filter((entry) => unverifiedPath(entry) === path);
}

/** Entries about `path` or anything under it. */
export function unverifiedWithin(record: Provenance, path: string): string[] {
  return record.unverified.filter((entry) => {
    const at = unverifiedPath(entry);
    return at === path || at.startsWith(`${path}.`);
  });
}

/** Entries no displayed anchor covers, so none can be left out of the screen. */
export function unverifiedLeftOver(record: Provenance, anchors: readonly string[]): string[] {
  return record.unverified.filter((entry) => {
    const at = unverifiedPath(entry);
    return !anchors.some((anchor) => at === anchor || at.startsWith(`${anchor}.`));
  });
}

export function overrideFor(overrides: readonly EffectiveOverride[], path: string): EffectiveOverride | undefined {
  return overrides.find((o) => o.fieldPath === path);
}

export function titleCase(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A calendar date as "Tue 1 Dec 2026", formatted in UTC so the day never shifts with the time zone. */
export const dayText = (isoDate: string, locale: string): string => formatDay(isoDate, locale, { weekday: true });

export { isRealDate };
