import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONSCIOUSNESS_VALUES,
  FEVER_THERAPY_VALUES,
  HYPOTENSION_VALUES,
  HYPOXIA_VALUES,
  MOTOR_VALUES,
  RAISED_ICP_VALUES,
  SEIZURE_VALUES,
  gradeCrs,
  gradeIcans,
  type CrsFindings,
  type Findings,
  type Gradable,
  type IcansInput,
} from '../../../shared/clinical';
import { gradeIrr, type IrrAnswers } from '../../../shared/charting/irr-grade';

// Properties of every grading function: a worse finding never lowers a grade, and a "not gradable" result is
// honest — every way the missing findings could turn out falls in its range, and a decided grade is the grade
// of every completion. Value lists are ordered mildest first, so a higher index is a worse finding.

const gradeOf = (r: Gradable): number => {
  if (r.status !== 'graded') throw new Error(`expected a grade, got ${r.reason}`);
  return r.grade;
};

/** Any value of a list, and a value at least as bad. */
const worseningPair = <T>(values: readonly T[]) =>
  fc
    .integer({ min: 0, max: values.length - 1 })
    .chain((i) => fc.integer({ min: i, max: values.length - 1 }).map((j) => [values[i]!, values[j]!] as const));

const temperature = fc.integer({ min: 350, max: 420 }).map((t) => t / 10);

describe('CRS: a worse finding never lowers the grade', () => {
  const crsBase = fc.record({
    temperatureC: temperature,
    hypotension: fc.constantFrom(...HYPOTENSION_VALUES),
    hypoxia: fc.constantFrom(...HYPOXIA_VALUES),
    feverTherapy: fc.constantFrom(...FEVER_THERAPY_VALUES),
  });
  const cases: [keyof CrsFindings, fc.Arbitrary<readonly [unknown, unknown]>][] = [
    ['temperatureC', temperature.chain((a) => temperature.filter((b) => b >= a).map((b) => [a, b] as const))],
    ['hypotension', worseningPair(HYPOTENSION_VALUES)],
    ['hypoxia', worseningPair(HYPOXIA_VALUES)],
    // After therapy for CRS fever is no longer required, which can only raise the grade.
    ['feverTherapy', worseningPair(FEVER_THERAPY_VALUES)],
  ];
  it.each(cases)('%s', (key, pair) => {
    fc.assert(
      fc.property(crsBase, pair, (base, [mild, worse]) => {
        const before = gradeOf(gradeCrs({ ...base, [key]: mild }));
        const after = gradeOf(gradeCrs({ ...base, [key]: worse }));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});

const domains = {
  consciousness: fc.constantFrom(...CONSCIOUSNESS_VALUES),
  seizure: fc.constantFrom(...SEIZURE_VALUES),
  motorWeakness: fc.constantFrom(...MOTOR_VALUES),
  raisedIcp: fc.constantFrom(...RAISED_ICP_VALUES),
};

describe('ICANS: a worse finding never lowers the grade', () => {
  const adult = fc.record({ ice: fc.integer({ min: 0, max: 10 }), age: fc.integer({ min: 12, max: 90 }), ...domains });
  const child = fc.record({
    capd: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constant('unable' as const)),
    age: fc.integer({ min: 0, max: 11 }),
    ...domains,
  });
  const worseDomain = fc.constantFrom('consciousness', 'seizure', 'motorWeakness', 'raisedIcp' as const);
  const lists = {
    consciousness: CONSCIOUSNESS_VALUES,
    seizure: SEIZURE_VALUES,
    motorWeakness: MOTOR_VALUES,
    raisedIcp: RAISED_ICP_VALUES,
  };
  const worsen = <T extends Record<string, unknown>>(f: T, key: keyof typeof lists, steps: number): T => {
    const values: readonly string[] = lists[key];
    const index = Math.min(values.indexOf(f[key] as string) + steps, values.length - 1);
    return { ...f, [key]: values[index] };
  };
  const asInput = (f: Record<string, unknown>, age: number): IcansInput => ({
    ice: (f.ice as number | undefined) ?? null,
    capd: (f.capd as IcansInput['capd'] | undefined) ?? null,
    ageYears: age,
    consciousness: f.consciousness as IcansInput['consciousness'],
    seizure: f.seizure as IcansInput['seizure'],
    motorWeakness: f.motorWeakness as IcansInput['motorWeakness'],
    raisedIcp: f.raisedIcp as IcansInput['raisedIcp'],
  });
  // An unarousable patient cannot do the ICE and scores 0: other combinations do not exist.
  const possible = (i: IcansInput) => i.consciousness !== 'unarousable' || i.ice === null || i.ice === 0;

  it('in any domain, for the ICE table', () => {
    fc.assert(
      fc.property(adult, worseDomain, fc.integer({ min: 1, max: 4 }), (f, key, steps) => {
        const [before, after] = [asInput(f, f.age), asInput(worsen(f, key, steps), f.age)];
        fc.pre(possible(before) && possible(after));
        expect(gradeOf(gradeIcans(after))).toBeGreaterThanOrEqual(gradeOf(gradeIcans(before)));
      }),
    );
  });

  it('with a lower ICE score', () => {
    fc.assert(
      fc.property(adult, fc.integer({ min: 0, max: 10 }), (f, drop) => {
        const [before, after] = [asInput(f, f.age), asInput({ ...f, ice: Math.max(0, f.ice - drop) }, f.age)];
        fc.pre(possible(before) && possible(after));
        expect(gradeOf(gradeIcans(after))).toBeGreaterThanOrEqual(gradeOf(gradeIcans(before)));
      }),
    );
  });

  it('in any domain or a higher CAPD, for the under-12 table', () => {
    fc.assert(
      fc.property(child, worseDomain, fc.integer({ min: 0, max: 32 }), (f, key, rise) => {
        const capd = f.capd === 'unable' ? 'unable' : Math.min(32, f.capd + rise);
        const before = gradeOf(gradeIcans(asInput(f, f.age)));
        expect(gradeOf(gradeIcans(asInput(worsen(f, key, 1), f.age)))).toBeGreaterThanOrEqual(before);
        expect(gradeOf(gradeIcans(asInput({ ...f, capd }, f.age)))).toBeGreaterThanOrEqual(before);
        expect(gradeOf(gradeIcans(asInput({ ...f, capd: 'unable' }, f.age)))).toBe(4);
      }),
    );
  });
});

describe('Infusion-related reaction: a worse answer never lowers the suggested grade', () => {
  const answers = fc.record({
    lifeThreatening: fc.boolean(),
    hospitalisation: fc.boolean(),
    recurrence: fc.boolean(),
    interruptionOrTreatment: fc.boolean(),
    promptResponse: fc.boolean(),
  });
  const worse: [keyof IrrAnswers, boolean][] = [
    ['lifeThreatening', true],
    ['hospitalisation', true],
    ['recurrence', true],
    ['interruptionOrTreatment', true],
    ['promptResponse', false],
  ];
  it.each(worse)('%s → %s', (key, value) => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(gradeOf(gradeIrr({ ...a, [key]: value }))).toBeGreaterThanOrEqual(gradeOf(gradeIrr(a)));
      }),
    );
  });
});

/** Each finding entered, or left empty (null). */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

function expectHonest<F>(partial: Findings<F>, result: Gradable, completions: F[], grade: (f: F) => Gradable) {
  const grades = completions.map((c) => gradeOf(grade(c)));
  if (result.status === 'graded') {
    expect(new Set(grades)).toEqual(new Set([result.grade]));
    return;
  }
  expect(Math.min(...grades)).toBe(result.lowest);
  expect(Math.max(...grades)).toBe(result.highest);
  expect(result.lowest).toBeLessThan(result.highest);
  for (const key of result.missing) expect(partial[key as keyof F]).toBeNull();
}

describe('"Not gradable" is honest', () => {
  it('for CRS: a decided grade holds for every missing value, a range covers every completion', () => {
    const partial = fc.record({
      temperatureC: maybe(temperature),
      hypotension: maybe(fc.constantFrom(...HYPOTENSION_VALUES)),
      hypoxia: maybe(fc.constantFrom(...HYPOXIA_VALUES)),
      feverTherapy: maybe(fc.constantFrom(...FEVER_THERAPY_VALUES)),
    });
    fc.assert(
      fc.property(partial, (p) => {
        const completions = [37.5, 38, 40].flatMap((t) =>
          HYPOTENSION_VALUES.flatMap((bp) =>
            HYPOXIA_VALUES.flatMap((o2) =>
              FEVER_THERAPY_VALUES.map((ft): CrsFindings => ({
                temperatureC: p.temperatureC ?? t,
                hypotension: p.hypotension ?? bp,
                hypoxia: p.hypoxia ?? o2,
                feverTherapy: p.feverTherapy ?? ft,
              })),
            ),
          ),
        );
        expectHonest(p, gradeCrs(p), completions, gradeCrs);
      }),
    );
  });

  it('for the reaction questions', () => {
    const partial = fc.record({
      lifeThreatening: maybe(fc.boolean()),
      hospitalisation: maybe(fc.boolean()),
      recurrence: maybe(fc.boolean()),
      interruptionOrTreatment: maybe(fc.boolean()),
      promptResponse: maybe(fc.boolean()),
    });
    fc.assert(
      fc.property(partial, (p) => {
        const keys = Object.keys(p) as (keyof IrrAnswers)[];
        let completions: IrrAnswers[] = [p as unknown as IrrAnswers];
        for (const key of keys) {
          completions = completions.flatMap((c) =>
            c[key] === null ? [true, false].map((v) => ({ ...c, [key]: v })) : [c],
          );
        }
        const result = gradeIrr(p);
        const grades = completions.map((c) => gradeOf(gradeIrr(c)));
        if (result.status === 'graded') expect(new Set(grades)).toEqual(new Set([result.grade]));
        else expect([Math.min(...grades), Math.max(...grades)]).toEqual([result.lowest, result.highest]);
      }),
    );
  });
});
