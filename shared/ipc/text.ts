// Text that can cross the IPC boundary and be stored. A JavaScript string may hold a lone UTF-16 surrogate
// (half of a pair, e.g. '\uD800'); UTF-8 cannot encode it, so SQLite would store U+FFFD instead and any
// hash taken of the JavaScript string would never match the stored row again. With the `u` flag the class
// below matches only lone surrogates: a proper pair is one code point and does not match.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

/** True when the string is well-formed UTF-16 (every surrogate is half of a pair). */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** The string as UTF-8 will store it: each lone surrogate becomes U+FFFD. */
export function toWellFormedText(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD');
}
