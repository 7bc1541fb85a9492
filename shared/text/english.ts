// Counted words in the English that main writes for its logs, the command-line scripts and IT ("3 breaks",
// "1 update"), never "break(s)". What a nurse reads is worded from the catalogues in her language instead, with
// i18next's plural forms.

const RULES = new Intl.PluralRules('en');

/** "1 break", "3 breaks", "0 breaks"; `other` for words whose plural is not the singular plus "s". */
export function englishCount(count: number, one: string, other = `${one}s`): string {
  return `${count} ${RULES.select(count) === 'one' ? one : other}`;
}
