import type { TFunction } from 'i18next';
import type { DecidingFinding, Fever, Gradable, GradeWhy } from '../../../../../shared/clinical';
import { formatMeasure } from '../../../lib/numbers';
import { tDynamic } from '../../../i18n';

// Why an ASTCT grade is what it is, in the reader's words, from the grade's data (never its English sentence,
// which stays for logs). A grade without data (an older result) falls back to that sentence, marked English.

const ICE_RANGES: [number, string][] = [
  [7, '7–9'],
  [3, '3–6'],
  [0, '0–2'],
];

function findingWords(t: TFunction, f: DecidingFinding, locale: string): string {
  if (f.field === 'ice') {
    const ice = Number(f.value);
    if (ice === 10) return t('chairside.grades.iceNone');
    return t('chairside.grades.ice', { ice, range: ICE_RANGES.find(([low]) => ice >= low)![1] });
  }
  if (f.field === 'capd') {
    if (f.value === 'unable') return t('chairside.grades.capdUnable');
    const capd = formatMeasure(Number(f.value), locale);
    return t(Number(f.value) >= 9 ? 'chairside.grades.capdHigh' : 'chairside.grades.capdLow', { capd });
  }
  return tDynamic(`chairside.grades.finding.${f.field}.${f.value}`, String(f.value));
}

function feverWords(t: TFunction, fever: Fever, locale: string): string {
  if (fever === 'waived') return t('chairside.grades.feverWaived');
  if (fever === 'not-entered') return t('chairside.grades.feverNotEntered');
  return t('chairside.grades.fever', { temperature: formatMeasure(fever, locale) });
}

function whyWords(t: TFunction, why: GradeWhy, locale: string): string {
  switch (why.code) {
    case 'crs-no-fever':
      return t(why.premedication ? 'chairside.grades.noFeverPremedication' : 'chairside.grades.noFever');
    case 'crs-none-after-therapy':
      return t('chairside.grades.noneAfterTherapy');
    case 'crs-grade-1':
      return t('chairside.grades.crsGrade1', { fever: feverWords(t, why.fever, locale) });
    case 'crs-organ': {
      const { grade, hypotension, hypoxia } = why;
      const words = { fever: feverWords(t, why.fever, locale), finding: findingWords(t, why.decides, locale) };
      return t('chairside.grades.crsOrgan', { grade, hypotension, hypoxia, ...words });
    }
    case 'icans-none':
      return t(why.tool === 'ICE' ? 'chairside.grades.icansNoneICE' : 'chairside.grades.icansNoneCAPD');
    case 'icans-domains': {
      const findings = why.deciding.map((f) => findingWords(t, f, locale)).join(locale === 'fr' ? ' ; ' : '; ');
      return t('chairside.grades.icans', { grade: why.grade, findings });
    }
  }
}

/** The grade's reason in the reader's words, or null when the grade carries no data to word it from. */
export function gradeReasonWords(t: TFunction, result: Gradable, locale: string): string | null {
  if (result.status !== 'graded' || !result.why) return null;
  const reason = whyWords(t, result.why, locale);
  const notEntered = result.notEntered ?? [];
  if (notEntered.length === 0) return reason;
  const fields = notEntered.map((key) => tDynamic(`chairside.carT.missing.${key}`, key)).join(', ');
  return `${reason} ${t('chairside.grades.notEntered', { fields })}`;
}
