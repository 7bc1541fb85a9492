import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, readDecimal, sameNumber, type DecimalLocale } from '../../../shared/numbers/decimal';

const locales: DecimalLocale[] = ['en', 'fr'];

describe('readDecimal: what a nurse types is recorded exactly or refused with a reason', () => {
  it.each([
    ['0.5', 'en', 0.5],
    ['0,5', 'en', 0.5],
    ['0,5', 'fr', 0.5],
    ['0.5', 'fr', 0.5],
    ['37.9', 'en', 37.9],
    ['38,4', 'en', 38.4],
    ['37,9', 'fr', 37.9],
    ['.5', 'en', 0.5],
    [',5', 'fr', 0.5],
    ['5.0', 'en', 5],
    ['1.250', 'en', 1.25],
    ['1,250', 'fr', 1.25],
    ['0,125', 'en', 0.125],
    ['1250', 'en', 1250],
    [' 72 ', 'fr', 72],
  ] as const)('reads %j in %s as %s', (typed, locale, value) => {
    expect(readDecimal(typed, locale)).toEqual({ kind: 'number', value, problem: null });
  });

  it.each(['', '   '])('reads %j as empty (not measured)', (typed) => {
    expect(readDecimal(typed, 'en')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['0.', 'incomplete'],
    ['37,', 'incomplete'],
    ['.', 'incomplete'],
    ['-', 'negative'],
    ['-5', 'negative'],
    ['3,7,9', 'not-a-number'],
    ['37.9.1', 'not-a-number'],
    ['1 000', 'not-a-number'],
    ['38°', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['+5', 'not-a-number'],
    ['1e3', 'not-a-number'],
  ] as const)('does not turn %j into a number (%s)', (typed, problem) => {
    expect(readDecimal(typed, 'en')).toEqual({ kind: 'text', problem });
  });

  it('refuses a value that could be a thousands grouping instead of guessing', () => {
    expect(readDecimal('1,250', 'en')).toEqual({ kind: 'text', problem: 'ambiguous-grouping' });
    expect(readDecimal('12.500', 'fr')).toEqual({ kind: 'text', problem: 'ambiguous-grouping' });
    expect(readDecimal('1,25', 'en')).toMatchObject({ value: 1.25 });
  });

  it('keeps the number but names the rule it breaks', () => {
    expect(readDecimal('379', 'en', { min: 25, max: 45 })).toEqual({
      kind: 'number',
      value: 379,
      problem: 'above-max',
    });
    expect(readDecimal('3', 'en', { min: 25, max: 45 })).toEqual({ kind: 'number', value: 3, problem: 'below-min' });
    expect(readDecimal('72.5', 'en', { integer: true })).toEqual({
      kind: 'number',
      value: 72.5,
      problem: 'whole-number',
    });
    expect(readDecimal('37.95', 'en', { decimals: 1 })).toEqual({
      kind: 'number',
      value: 37.95,
      problem: 'too-many-decimals',
    });
    expect(readDecimal('37.90', 'en', { decimals: 1 })).toMatchObject({ value: 37.9, problem: null });
    expect(readDecimal('72.0', 'en', { integer: true })).toMatchObject({ value: 72, problem: null });
  });
});

describe('formatDecimal: doses shown the safe way', () => {
  it.each([
    [0.5, 'en', '0.5'],
    [0.5, 'fr', '0,5'],
    [5, 'en', '5'],
    [37.9, 'fr', '37,9'],
    [1250, 'en', '1250'],
    [0.0001, 'en', '0.0001'],
    [1e-7, 'en', '0.0000001'],
  ] as const)('%s in %s is %j', (value, locale, text) => {
    expect(formatDecimal(value, locale)).toBe(text);
  });
});

// Digits as a nurse would type them: an integer part, maybe a mark and a fraction part.
const typedNumber = fc
  .tuple(
    fc.stringMatching(/^(0|[1-9]\d{0,4})$/),
    fc.constantFrom('.', ','),
    fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
  )
  .map(([whole, mark, fraction]) => (fraction === undefined ? whole : `${whole}${mark}${fraction}`));

describe('properties', () => {
  it('every prefix of a typed number reads as empty, incomplete, or the number of that prefix, never another', () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom(...locales), (typed, locale) => {
        for (let i = 0; i <= typed.length; i++) {
          const prefix = typed.slice(0, i);
          const reading = readDecimal(prefix, locale);
          if (reading.kind === 'number') expect(reading.value).toBe(Number(prefix.replace(',', '.')));
          else if (reading.kind === 'text') expect(['incomplete', 'ambiguous-grouping']).toContain(reading.problem);
          else expect(prefix).toBe('');
        }
      }),
    );
  });

  it('a number read is the number written, digit for digit', () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom(...locales), (typed, locale) => {
        const reading = readDecimal(typed, locale);
        if (reading.kind !== 'number') return;
        expect(reading.value).toBe(Number(typed.replace(',', '.')));
      }),
    );
  });

  it('formatting then reading gives back the same value in both languages', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100_000, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...locales),
        (value, locale) => {
          const text = formatDecimal(value, locale);
          expect(text).not.toMatch(/^[.,]/);
          expect(text).not.toMatch(/[.,]\d*0$/);
          const reading = readDecimal(text, locale);
          expect(reading).toMatchObject({ kind: 'number', value });
          expect(sameNumber(text, value, locale)).toBe(true);
        },
      ),
    );
  });

  it('any text that is not digits with one mark is never a number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.constantFrom(...locales), (typed, locale) => {
        const reading = readDecimal(typed, locale);
        if (reading.kind === 'number') expect(typed.trim()).toMatch(/^\d*[.,]?\d*$/);
      }),
    );
  });
});
