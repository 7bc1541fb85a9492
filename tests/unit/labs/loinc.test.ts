import { describe, expect, it } from 'vitest';
import { loincCheckDigit, loincCodeProblem, normalisedLoincCodes } from '../../../shared/labs/loinc';

// The Mod 10 check digit of LOINC's Users' Guide 12 C
// (https://loinc.org/kb/users-guide/calculating-mod-10-check-digits/, updated 2023-08-16), against codes
// published with their check digit.

const USERS_GUIDE = 'https://loinc.org/kb/users-guide/calculating-mod-10-check-digits/';
const VITAL_SIGNS = 'http://hl7.org/fhir/R4/observation-vitalsigns.html';
const ALT_VALUE_SET = 'https://build.fhir.org/ig/cqframework/dqm-content-cms-2026/ValueSet-alt-lab-tests.html';

describe('the LOINC Mod 10 check digit', () => {
  it.each([
    // The guide's own worked example: 12345 → 531 × 2 = 1062, 42 in front, 4+2+1+0+6+2 = 15, 20 − 15 = 5.
    ['12345', 5, USERS_GUIDE],
    // The codes FHIR R4's vital signs profiles fix.
    ['8310', 5, VITAL_SIGNS],
    ['8867', 4, VITAL_SIGNS],
    ['9279', 1, VITAL_SIGNS],
    ['2708', 6, VITAL_SIGNS],
    ['29463', 7, VITAL_SIGNS],
    ['85354', 9, VITAL_SIGNS],
    ['8480', 6, VITAL_SIGNS],
    ['8462', 4, VITAL_SIGNS],
    // ALT in serum or plasma, with and without P-5'-P: two codes for one analyte (expansion from LOINC 2.82).
    ['1742', 6, ALT_VALUE_SET],
    ['1743', 4, ALT_VALUE_SET],
  ])('%s has the check digit %s (%s)', (digits, check) => {
    expect(loincCheckDigit(digits)).toBe(check);
    expect(loincCodeProblem(`${digits}-${check}`)).toBeNull();
  });

  it('refuses a code whose last digit is not its check digit', () => {
    expect(loincCodeProblem('1742-5')).toBe('check-digit');
    expect(loincCodeProblem('8310-4')).toBe('check-digit');
    // Two digits swapped, the typing slip a check digit is for.
    expect(loincCodeProblem('7142-6')).toBe('check-digit');
  });

  it('accepts the codes the guide lists as published with a check digit the algorithm does not give', () => {
    // 11491-6: the algorithm gives 8 (the guide lists it among 14 such deprecated codes).
    expect(loincCheckDigit('11491')).toBe(8);
    expect(loincCodeProblem('11491-6')).toBeNull();
    expect(loincCodeProblem('6649-9')).toBeNull();
    expect(loincCodeProblem('6649-8')).toBeNull();
    expect(loincCodeProblem('6649-7')).toBe('check-digit');
  });

  it.each(['1742', '1742-', '-6', '1742-66', '1742 6', 'LP1742-6', '1742–6', '123456789-0', ''])(
    'refuses %j as not written the LOINC way',
    (code) => {
      expect(loincCodeProblem(code)).toBe('format');
    },
  );

  it('computes from digits only', () => {
    expect(() => loincCheckDigit('17a2')).toThrow(/digits only/);
  });
});

describe('the center’s codes as stored', () => {
  it('keeps the analytes’ order, trims and leaves out empty codes and unknown analytes', () => {
    const codes = normalisedLoincCodes({ tsh: ' 1234-5 ', alt: '1742-6', anc: '', glucose: '   ', bogus: '8310-5' });
    expect(codes).toEqual({ alt: '1742-6', tsh: '1234-5' });
    expect(Object.keys(codes)).toEqual(['alt', 'tsh']);
  });
});
