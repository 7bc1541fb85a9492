import type { Locale } from '../ipc/schemas';

// Words for main, from the same message objects the renderer gives i18next: main prints (report PDFs) where
// i18next is not running, so this reads a catalogue the way i18next does for the two things these catalogues
// use: `{{name}}` placeholders and plurals chosen by `count` with the language's plural rules (key_one,
// key_other…). tests/unit/i18n/translate.test.ts checks it answers as i18next does for every key.
//
// Both read a catalogue with every plural form its language has (withEveryPluralForm): i18next looks up
// `key_<form>` and then the bare key, never `key_other`, and French has a third form, "many" (Intl.PluralRules
// gives it for 1 000 000), so a French `_one`/`_other` pair alone showed the English words at a million.

export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every key of a catalogue in dotted form ("section.waiting"); a plural is asked for by its base key. */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate<T> = (key: MessageKey<T>, params?: MessageParams) => string;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function lookup(messages: MessageTree, path: string[]): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = messages;
  for (const part of path) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** The words of one key: its plural form for `count` when it has one, else the key itself; the key when missing. */
function wordsOf(messages: MessageTree, key: string, params: MessageParams, rules: Intl.PluralRules): string {
  const path = key.split('.');
  const leaf = path.pop()!;
  const parent = lookup(messages, path);
  if (typeof parent !== 'object') return key;
  const count = params.count;
  const plural = typeof count === 'number' ? parent[`${leaf}_${rules.select(count)}`] : undefined;
  // As i18next: a count without its plural form falls back to the bare key (withEveryPluralForm gave the
  // catalogue every form its language has, so this is only for a key that has no plural forms at all).
  const found = plural ?? parent[leaf];
  return typeof found === 'string' ? found : key;
}

const OTHER = '_other';

/**
 * The catalogue with every plural form its language's rules can ask for (French: one, many, other): a form a
 * key lacks reads as its `_other`. French "many" (1 000 000) takes the same words as "other" when the number is
 * written in digits ("1 000 000 résultats"); a language whose forms differ writes them in its catalogue.
 */
export function withEveryPluralForm<T extends MessageTree>(messages: T, language: string): T {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const fill = (node: MessageTree): MessageTree => {
    const out: Record<string, string | MessageTree> = {};
    for (const [key, value] of Object.entries(node)) out[key] = typeof value === 'string' ? value : fill(value);
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'string' || !key.endsWith(OTHER)) continue;
      const base = key.slice(0, -OTHER.length);
      for (const form of forms) out[`${base}_${form}`] ??= value;
    }
    return out;
  };
  return fill(messages) as T;
}

/** A translate function over one catalogue in one language, answering as i18next's `t` does. */
export function translator<T extends MessageTree>(messages: T, language: Locale): Translate<T> {
  const rules = new Intl.PluralRules(language);
  const filled = withEveryPluralForm(messages, language);
  return (key, params = {}) =>
    wordsOf(filled, key, params, rules).replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}
