import { describe, expect, it } from 'vitest';
import { DoseFormatError, formatDose, formatNumber } from '../../../shared/clinical';

describe('formatDose', () => {
  // Leading zero, no trailing zero; thousands with a comma (ISMP; the labels write "1,500 mg").
  it.each([
    [0.5, 'mg', '0.5 mg'], // STYLE: "leading zero (0.5 mg)"
    [5, 'mg', '5 mg'], // STYLE: "no trailing zero (5 mg, not 5.0 mg)"
    [5.0, 'mg', '5 mg'],
    [217.2, 'mg', '217.2 mg'],
    [217.25, 'mg', '217.25 mg'],
    [217.256, 'mg', '217.26 mg'], // at most 2 decimals
    [1.1, 'mg', '1.1 mg'],
    [1000, 'mg', '1,000 mg'], // Jemperli: "then 1,000 mg Q6W"
    [1500, 'mg', '1,500 mg'], // Imfinzi: "1,500 mg Q4W"
    [1875, 'mg', '1,875 mg'], // Tecentriq Hybreza: "atezolizumab 1,875 mg"
    [0, 'mg', '0 mg'],
    [3, 'mg/kg', '3 mg/kg'],
    [12.5, 'mL/h', '12.5 mL/h'],
    [68, 'mL', '68 mL'],
  ])('formats %s %s as "%s"', (value, unit, expected) => {
    expect(formatDose(value, unit)).toBe(expected);
  });

  // French marks on a French screen: a decimal comma, thousands grouped by a no-break space, never a comma that a
  // French reader would take for a decimal mark ("1,500 mg" read as one and a half milligrams).
  it.each([
    [0.5, 'mg', '0,5 mg'],
    [5, 'mg', '5 mg'],
    [217.2, 'mg', '217,2 mg'],
    [217.256, 'mg', '217,26 mg'],
    [1000, 'mg', '1\u202f000 mg'],
    [1500, 'mg', '1\u202f500 mg'],
    [12.5, 'mL/h', '12,5 mL/h'],
  ])('in French, formats %s %s as "%s"', (value, unit, expected) => {
    expect(formatDose(value, unit, 'fr')).toBe(expected);
    expect(formatDose(value, unit, 'fr')).not.toMatch(/\d,\d{3}(?!\d)/);
  });

  it('keeps the English marks for English and for any other language asked', () => {
    expect(formatDose(1500, 'mg', 'en')).toBe('1,500 mg');
    expect(formatDose(0.5, 'mg', 'de')).toBe('0.5 mg');
    expect(() => formatDose(0.001, 'mg', 'fr')).toThrow(DoseFormatError);
  });

  it.each([
    ['u', 'units'],
    ['U', 'units'],
    ['IU', 'units'],
    ['cc', 'mL'],
    ['ml', 'mL'],
    ['µg', 'mcg'],
    ['ug', 'mcg'],
  ])('refuses the error-prone unit "%s" and names "%s"', (unit, replacement) => {
    expect(() => formatDose(1, unit)).toThrow(new RegExp(`write "${replacement}"`));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1])('refuses %s', (value) => {
    expect(() => formatDose(value, 'mg')).toThrow(DoseFormatError);
  });

  it('never shows a small positive dose as 0', () => {
    expect(() => formatNumber(0.004)).toThrow(/too small/);
  });

  it('refuses an empty unit', () => {
    expect(() => formatDose(1, ' ')).toThrow(/needs a unit/);
  });
});
