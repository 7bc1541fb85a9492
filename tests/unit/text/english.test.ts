import { describe, expect, it } from 'vitest';
import { englishCount } from '../../../shared/text/english';

// Main's English for logs, scripts and IT counts with a plural, never "break(s)".

describe('englishCount', () => {
  it.each([
    [0, 'break', undefined, '0 breaks'],
    [1, 'break', undefined, '1 break'],
    [2, 'break', undefined, '2 breaks'],
    [1, 'entry', 'entries', '1 entry'],
    [3, 'entry', 'entries', '3 entries'],
  ])('%i %s', (count, one, other, words) => {
    expect(englishCount(count, one, other)).toBe(words);
  });
});
