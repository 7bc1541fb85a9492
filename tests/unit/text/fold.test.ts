import { describe, expect, it } from 'vitest';
import { foldText, matchesFolded } from '../../../shared/text/fold';

describe('foldText', () => {
  it.each([
    ['ÑÚÑEZ', 'nunez'],
    ['Lefèvre', 'lefevre'],
    ["O'Brien", 'obrien'],
    ['O’Brien', 'obrien'],
    ['Guillain-Barré', 'guillain barre'],
    ['Œdème  aigu', 'oedeme aigu'],
    ['Straße', 'strasse'],
    ['  Chair 12 ', 'chair 12'],
  ])('folds "%s" to "%s"', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });
});

describe('matchesFolded', () => {
  it('finds a name whatever the accents and case', () => {
    expect(matchesFolded('ÑÚÑEZ, José', 'nunez')).toBe(true);
    expect(matchesFolded('nunez, jose', 'NÚÑEZ José')).toBe(true);
  });

  it('matches the words in the order typed, across punctuation', () => {
    expect(matchesFolded('OKONKWO-REYES, Marisol', 'okonkwo reyes')).toBe(true);
    expect(matchesFolded('OKONKWO-REYES, Marisol', 'reyes mari')).toBe(true);
    expect(matchesFolded('10:00–11:15 Chair 2 ABARA', 'chair 1')).toBe(false);
  });

  it('matches everything on an empty or punctuation-only query', () => {
    expect(matchesFolded('anything', '')).toBe(true);
    expect(matchesFolded('anything', ' - ')).toBe(true);
  });
});
