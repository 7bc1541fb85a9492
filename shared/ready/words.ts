import { translator, type MessageKey } from '../i18n/translate';
import { formatDecimal } from '../numbers/decimal';
import { readyEn, type ReadyMessages } from './messages.en';
import { readyFr } from './messages.fr';
import type { Words } from './result';

// Ready to treat says each item in both languages at once (the signed assessment keeps both): one key and one set
// of parameters, translated in English and in French through the shared translator, so the two can never say
// different things. A parameter is given once for both languages and written in each:
// - a number: the safe way, in the language's decimal mark (7.5 / 7,5), except `count`, which stays a number so
//   the translator can choose the plural form (it is a whole number, written alike in both languages);
// - a text said alike in both languages: a CTCAE term, a name, a unit;
// - a day or a day and time (`when`): the reader's way in each language, "26 Nov 2026 14:00" as the rest of the
//   English UI writes it (renderer/src/lib/dates.ts formatDayTime) and "26 nov. 2026 à 14:00" in French;
// - words the data already has in both languages (an analyte's names);
// - a phrase of this catalogue, said in the same language.
//
// Each item also has an identity, `id`, built here from the same key and parameters (`identify`): what the item
// IS, whatever its words. A prescriber's release is matched to the reasons shown by that id, so rewording a
// sentence or writing its date another way no longer voids a release. Releases entered before ids existed kept
// only the words; `englishBefore` writes an item's English as it was written then (ISO dates) so such a release
// still covers the same reason (electron/main/services/ready/covering-release.ts).

export type ReadyKey = MessageKey<ReadyMessages>;

export interface Phrase {
  key: ReadyKey;
  params: ReadyParams;
}

/** A clinic-local day ('2026-11-26') or day and time ('2026-11-26T14:00' or '2026-11-26 14:00'). */
export interface When {
  when: string;
}

export type ReadyParam = string | number | Words | Phrase | When;
export type ReadyParams = Readonly<Record<string, ReadyParam>>;

type Language = keyof Words;

const TRANSLATE = { en: translator(readyEn, 'en'), fr: translator(readyFr, 'fr') };

export const phrase = (key: ReadyKey, params: ReadyParams = {}): Phrase => ({ key, params });
export const when = (text: string): When => ({ when: text });

const FRENCH_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** The months as en-GB writes them short, like formatDay on every English screen ("3 Sept 2026"). */
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** '2026-11-26T14:00' as "26 Nov 2026 14:00" in English and "26 nov. 2026 à 14:00" in French (24-hour clock). */
export function sayWhen(language: Language, text: string): string {
  const [day = '', time] = text.split(/[T ]/);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const months = language === 'en' ? ENGLISH_MONTHS : FRENCH_MONTHS;
  const date = `${d} ${months[m - 1] ?? ''} ${y}`;
  if (!time) return date;
  return language === 'en' ? `${date} ${time.slice(0, 5)}` : `${date} à ${time.slice(0, 5)}`;
}

/** How a `when` is written: the reader's way, or ISO as the English of Ready was written before ids. */
type Dates = 'reader' | 'iso';

function paramIn(language: Language, name: string, value: ReadyParam, dates: Dates): string | number {
  if (typeof value === 'number') return name === 'count' ? value : formatDecimal(value, language);
  if (typeof value === 'string') return value;
  if ('when' in value) return dates === 'iso' ? value.when.replace('T', ' ') : sayWhen(language, value.when);
  if ('key' in value) return say(language, value, dates);
  return value[language];
}

function say(language: Language, { key, params }: Phrase, dates: Dates = 'reader'): string {
  const inLanguage = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, paramIn(language, name, value, dates)]),
  );
  return TRANSLATE[language](key, inLanguage);
}

type Canonical = string | number | { readonly [name: string]: Canonical };

/** The parameters sorted by name, each canonical. */
const canonicalParams = (params: ReadyParams): Canonical =>
  Object.fromEntries(
    Object.keys(params)
      .sort()
      .map((n) => [n, canonical(params[n]!)]),
  );

/** A parameter as the id holds it: a number as a number, a day ISO with 'T', a phrase by its key and parameters. */
function canonical(value: ReadyParam): Canonical {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('when' in value) return { when: value.when.replace(' ', 'T') };
  if ('key' in value) return { key: value.key, params: canonicalParams(value.params) };
  return { en: value.en, fr: value.fr };
}

/**
 * What an item IS, whatever its words: its key and its parameters, canonical (keys sorted, numbers as numbers,
 * days ISO, a nested phrase as its key and parameters): 'consent.expired|{"expiresOn":{"when":"2026-11-26"}}'.
 */
export function identify({ key, params }: Phrase): string {
  return `${key}|${JSON.stringify(canonicalParams(params))}`;
}

function revive(value: Canonical): ReadyParam {
  if (typeof value !== 'object') return value;
  if (typeof value.key === 'string') return revivePhrase(value.key, value.params);
  if (typeof value.when === 'string') return when(value.when);
  if (typeof value.en === 'string' && typeof value.fr === 'string') return { en: value.en, fr: value.fr };
  throw new Error('not a parameter of a Ready item');
}

function revivePhrase(key: string, params: Canonical | undefined): Phrase {
  const entries = typeof params === 'object' ? Object.entries(params) : [];
  return phrase(key as ReadyKey, Object.fromEntries(entries.map(([n, v]) => [n, revive(v)])));
}

const phraseOf = (id: string): Phrase =>
  revivePhrase(id.slice(0, id.indexOf('|')), JSON.parse(id.slice(id.indexOf('|') + 1)) as Canonical);

/**
 * An item's English as Ready wrote it before items had ids (dates ISO, "2026-11-26 14:00"): what a release entered
 * then kept of the reason. Null for an id this version cannot read.
 */
export function englishBefore(id: string): string | null {
  try {
    return say('en', phraseOf(id), 'iso');
  } catch {
    return null;
  }
}

/** One item's words in English and French, from the same key and parameters. */
export function bilingual(key: ReadyKey, params: ReadyParams = {}): Words {
  const p = phrase(key, params);
  return { en: say('en', p), fr: say('fr', p) };
}

/** One item's identity and its words, from the same key and parameters, so the two can never disagree. */
export function sayItem(key: ReadyKey, params: ReadyParams = {}): { id: string; text: Words } {
  return { id: identify(phrase(key, params)), text: bilingual(key, params) };
}
