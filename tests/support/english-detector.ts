// A small detector of English left on a French screen: whole words that are frequent in English and never French,
// ISO dates, and decimal points in numbers with a unit. It reads the text a nurse sees (innerText), after removing
// what may stay as it is: names of drugs and brands, CTCAE terms and texts the caller allows (what a user typed).
//
// Words that are French too are not in the list on purpose: "on" (on = one), "dose", "doses", "due", "chair",
// "patient", "minutes",
// "total", "normal", "plan", "date", "note", "menu", "type", "options", "site", "transfusion", "adjuvant", "cycles".

export const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'was',
  'is',
  'are',
  'with',
  'not',
  'for',
  'to',
  'no',
  'at',
  'by',
  'from',
  'this',
  'that',
  'until',
  'before',
  'after',
  'none',
  'yes',
  'or',
  'your',
  'you',
  'save',
  'saved',
  'cancel',
  'edit',
  'delete',
  'search',
  'show',
  'today',
  'tomorrow',
  'yesterday',
  'week',
  'hours',
  'signed',
  'draft',
  'nurse',
  'booked',
  'ready',
  'hold',
  'print',
  'weight',
  'given',
  'other',
  // Regimen names and settings: "every 3 weeks ×4, then nivolumab alone", "up to 12 months", "adults and children".
  'every',
  'weeks',
  'months',
  'years',
  'then',
  'alone',
  'adults',
  'children',
] as const;

/** Drug and brand names, said alike in both languages. */
export const DRUG_NAMES = [
  'pembrolizumab',
  'Keytruda',
  'nivolumab',
  'Opdivo',
  'atezolizumab',
  'Tecentriq',
  'durvalumab',
  'Imfinzi',
  'ipilimumab',
  'Yervoy',
  'cemiplimab',
  'Libtayo',
  'dostarlimab',
  'Jemperli',
  'tislelizumab',
  'Tevimbra',
] as const;

export interface FrenchProblem {
  kind: 'english' | 'iso-date' | 'decimal-point' | 'thousands-comma';
  match: string;
  /** The words around the match, to find it on the screen. */
  context: string;
}

const UNITS = ['°C', 'kg', 'mg/kg', 'mg/m²', 'mg', 'mL/h', 'mL', 'mmol/L', 'µmol/L', 'U/L', 'g/L', 'mIU/L', '%', 'm²'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const WORD = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
const ISO_DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;
const DECIMAL_POINT = new RegExp(`(?<![\\d.])\\d+\\.\\d+\\s?(?:${UNITS.map(escape).join('|')})(?![\\p{L}])`, 'gu');
// "1,500 mg": English thousands, which a French reader takes for one and a half.
const THOUSANDS_COMMA = new RegExp(
  `(?<![\\d,])\\d{1,3}(?:,\\d{3})+\\s?(?:${UNITS.map(escape).join('|')})(?![\\p{L}])`,
  'gu',
);

function around(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 40), index + length + 40)
    .replace(/\s+/g, ' ')
    .trim();
}

function hits(text: string, pattern: RegExp, kind: FrenchProblem['kind']): FrenchProblem[] {
  return [...text.matchAll(pattern)].map((m) => ({ kind, match: m[0], context: around(text, m.index, m[0].length) }));
}

/** Removes every allowed text (case-insensitive), longest first so a longer name is not cut by a shorter one. */
function withoutAllowed(text: string, allowed: readonly string[]): string {
  const sorted = [...allowed, ...DRUG_NAMES].filter((a) => a !== '').sort((a, b) => b.length - a.length);
  return sorted.reduce((rest, a) => rest.replace(new RegExp(escape(a), 'giu'), ' '), text);
}

/** What on a French screen reads as English or is written the English way; empty when it reads as French. */
export function frenchProblems(text: string, allowed: readonly string[] = []): FrenchProblem[] {
  const rest = withoutAllowed(text, allowed);
  return [
    ...hits(rest, WORD, 'english'),
    ...hits(rest, ISO_DATE, 'iso-date'),
    ...hits(rest, DECIMAL_POINT, 'decimal-point'),
    ...hits(rest, THOUSANDS_COMMA, 'thousands-comma'),
  ];
}
