import { describe, expect, it } from 'vitest';
import { allergyStatus } from '../../../shared/patients/allergies';

describe('allergyStatus', () => {
  it.each([
    [null, 'not-recorded'],
    ['', 'not-recorded'],
    ['   ', 'not-recorded'],
    ['No known allergies', 'none-known'],
    ['no known allergies.', 'none-known'],
    ['  NO KNOWN   DRUG ALLERGIES ', 'none-known'],
    ['NKDA', 'none-known'],
    ['Aucune allergie connue', 'none-known'],
    ['aucune allergie médicamenteuse connue', 'none-known'],
    ['Pas d’allergie connue', 'none-known'],
    // Anything more than the phrase is a real statement to read: a warning.
    ['No known allergies except latex', 'recorded'],
    ['No known allergies?', 'recorded'],
    ['None', 'recorded'],
    ['Penicillin (rash)', 'recorded'],
    ['Allergie à la pénicilline', 'recorded'],
  ] as const)('%j is %s', (text, status) => {
    expect(allergyStatus(text)).toBe(status);
  });
});
