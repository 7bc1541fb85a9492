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
// - a day or a day and time (`when`): ISO in English, whose words are the record a release is matched to (changing
//   them would void every release entered before), and the French way in French ("26 nov. 2026 à 14:00");
// - words the data already has in both languages (an analyte's names);
// - a phrase of this catalogue, said in the same language.

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

/** '2026-11-26T14:00' as "2026-11-26 14:00" in English and "26 nov. 2026 à 14:00" in French (24-hour clock). */
export function sayWhen(language: Language, text: string): string {
  if (language === 'en') return text.replace('T', ' ');
  const [day = '', time] = text.split(/[T ]/);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = `${d} ${FRENCH_MONTHS[m - 1] ?? ''} ${y}`;
  return time ? `${date} à ${time.slice(0, 5)}` : date;
}

function paramIn(language: Language, name: string, value: ReadyParam): string | number {
  if (typeof value === 'number') return name === 'count' ? value : formatDecimal(value, language);
  if (typeof value === 'string') return value;
  if ('when' in value) return sayWhen(language, value.when);
  if ('key' in value) return say(language, value);
  return value[language];
}

function say(language: Language, { key, params }: Phrase): string {
  const inLanguage = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, paramIn(language, name, value)]),
  );
  return TRANSLATE[language](key, inLanguage);
}

/** One item's words in English and French, from the same key and parameters. */
export function bilingual(key: ReadyKey, params: ReadyParams = {}): Words {
  const p = phrase(key, params);
  return { en: say('en', p), fr: say('fr', p) };
}
