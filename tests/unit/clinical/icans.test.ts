import { describe, expect, it } from 'vitest';
import type { Consciousness, IcansInput, IceItems } from '../../../shared/clinical';
import { gradeIcans, iceScore } from '../../../shared/clinical';

// ASTCT ICANS (Lee 2019): the adult/≥12 y table with the ICE score, the under-12 table with the CAPD. Rows
// quote the consensus text they check.

const allIce = (overrides: Partial<IceItems> = {}): IceItems => ({
  orientation: { year: true, month: true, city: true, hospital: true },
  naming: [true, true, true],
  followsCommands: true,
  writesStandardSentence: true,
  countsBackwardsBy10: true,
  ...overrides,
});

describe('iceScore: orientation 4, naming 3, following commands 1, writing 1, attention 1', () => {
  it.each<[string, IceItems, number]>([
    ['all correct', allIce(), 10],
    ['misses the hospital', allIce({ orientation: { year: true, month: true, city: true, hospital: false } }), 9],
    ['names 1 of 3 objects', allIce({ naming: [true, false, false] }), 8],
    ['cannot write', allIce({ writesStandardSentence: false }), 9],
    ['cannot count back', allIce({ countsBackwardsBy10: false }), 9],
    ['does not follow commands', allIce({ followsCommands: false }), 9],
  ])('%s → %i', (_name, items, score) => {
    expect(iceScore(items)).toBe(score);
  });
});

const adult = (overrides: Partial<IcansInput> = {}): IcansInput => ({
  ice: 10,
  capd: null,
  ageYears: 45,
  consciousness: 'alert',
  seizure: 'none',
  motorWeakness: 'none',
  raisedIcp: 'none',
  ...overrides,
});

const child = (overrides: Partial<IcansInput> = {}): IcansInput =>
  adult({ ice: null, capd: 4, ageYears: 6, ...overrides });

describe('gradeIcans, adults and children aged 12 or more (ICE)', () => {
  it.each<[string, IcansInput, number]>([
    ['ICE 10 and alert', adult(), 0],
    // "ICE 7–9 grade 1; 3–6 grade 2; 0–2 grade 3"
    ['ICE 9', adult({ ice: 9 }), 1],
    ['ICE 7', adult({ ice: 7 }), 1],
    ['ICE 6', adult({ ice: 6 }), 2],
    ['ICE 3', adult({ ice: 3 }), 2],
    ['ICE 2', adult({ ice: 2 }), 3],
    // "A patient with ICE 0 may be Grade 3 if awake with global aphasia, but Grade 4 if unarousable."
    ['ICE 0, awake with global aphasia', adult({ ice: 0 }), 3],
    ['ICE 0 and unarousable', adult({ ice: 0, consciousness: 'unarousable' }), 4],
    ['awakens spontaneously', adult({ consciousness: 'awakens-spontaneously' }), 1],
    ['awakens to voice', adult({ consciousness: 'awakens-to-voice' }), 2],
    ['awakens only to touch', adult({ consciousness: 'awakens-to-tactile' }), 3],
    // "example: ICE 3 + a generalized seizure = Grade 3"
    ['ICE 3 + a seizure that resolves rapidly', adult({ ice: 3, seizure: 'rapidly-resolving' }), 3],
    ['prolonged seizure >5 min', adult({ seizure: 'life-threatening' }), 4],
    ['deep focal motor weakness', adult({ motorWeakness: 'deep-focal' }), 4],
    ['focal edema', adult({ raisedIcp: 'focal-edema' }), 3],
    ['diffuse cerebral edema', adult({ raisedIcp: 'diffuse-edema-or-signs' }), 4],
    ['exactly 12 years uses the ICE', adult({ ageYears: 12, ice: 8 }), 1],
  ])('%s → grade %i', (_name, input, grade) => {
    expect(gradeIcans(input)).toMatchObject({ status: 'graded', grade, tool: 'ICE' });
  });

  it('names every domain at the deciding grade', () => {
    expect(gradeIcans(adult({ ice: 2, seizure: 'rapidly-resolving' })).reason).toMatch(
      /^Grade 3: ICE 2 \(0–2\); clinical seizure/,
    );
  });

  it.each<[string, IcansInput, RegExp]>([
    ['ICE above 10', adult({ ice: 11 }), /0–10/],
    ['fractional ICE', adult({ ice: 7.5 }), /whole number/],
    [
      'an unarousable patient with an ICE score',
      adult({ ice: 4, consciousness: 'unarousable' as Consciousness }),
      /record ICE 0/,
    ],
    ['a CAPD above 32', child({ capd: 40 }), /CAPD/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => gradeIcans(input)).toThrow(message);
  });
});

describe('gradeIcans, children under 12 (CAPD)', () => {
  it.each<[string, IcansInput, number]>([
    // "Grade 1 — CAPD lower than 9 and awakens spontaneously"
    ['CAPD 4 and awakens spontaneously', child({ consciousness: 'awakens-spontaneously' }), 1],
    // "Grade 2 — CAPD lower than 9 and will awaken to voice"
    ['CAPD 8 and awakens to voice', child({ capd: 8, consciousness: 'awakens-to-voice' }), 2],
    // "Grade 3 — CAPD of 9 or higher, awakens only to tactile stimulus, … seizure …, focal/local edema"
    ['CAPD 9', child({ capd: 9 }), 3],
    ['CAPD 4, awakens only to touch', child({ consciousness: 'awakens-to-tactile' }), 3],
    ['CAPD 4, focal edema', child({ raisedIcp: 'focal-edema' }), 3],
    // "Grade 4 — unable to perform CAPD, unarousable …, life-threatening seizure, deep focal motor weakness …"
    ['unable to perform the CAPD', child({ capd: 'unable' }), 4],
    ['CAPD 4, deep focal motor weakness', child({ motorWeakness: 'deep-focal' }), 4],
    ['CAPD 2, alert: no ICANS', child({ capd: 2 }), 0],
    ['developmental delay at 15 years uses the CAPD', child({ ageYears: 15, developmentalDelay: true, capd: 10 }), 3],
  ])('%s → grade %i', (_name, input, grade) => {
    expect(gradeIcans(input)).toMatchObject({ status: 'graded', grade, tool: 'CAPD' });
  });

  it('asks a 6-year-old for the CAPD: an adult ICE score does not grade her', () => {
    expect(gradeIcans(child({ ice: 9, capd: null }))).toMatchObject({
      status: 'incomplete',
      missing: ['capd'],
      tool: 'CAPD',
      lowest: 0,
      highest: 4,
    });
  });
});

describe('gradeIcans with findings missing', () => {
  it('is not gradable while a domain could raise the grade', () => {
    expect(gradeIcans(adult({ ice: 8, seizure: null }))).toMatchObject({
      status: 'incomplete',
      missing: ['seizure'],
      lowest: 1,
      highest: 4,
    });
  });

  it('names only the ICE when some items are answered and the rest could still change the grade', () => {
    expect(gradeIcans(adult({ ice: null, iceRange: { min: 6, max: 8 } }))).toMatchObject({
      status: 'incomplete',
      missing: ['ice'],
      lowest: 1,
      highest: 2,
    });
  });

  it('grades 4 from an unarousable patient whatever is still missing', () => {
    expect(
      gradeIcans(
        adult({ ice: null, consciousness: 'unarousable', seizure: null, motorWeakness: null, raisedIcp: null }),
      ),
    ).toMatchObject({
      status: 'graded',
      grade: 4,
    });
  });

  it('without an age grades only what both tables agree on', () => {
    expect(gradeIcans(adult({ ageYears: null, ice: 9, capd: null }))).toMatchObject({
      status: 'incomplete',
      missing: ['ageYears', 'capd'],
      tool: null,
    });
    expect(gradeIcans(adult({ ageYears: null, ice: null, seizure: 'life-threatening' }))).toMatchObject({
      status: 'graded',
      grade: 4,
    });
  });
});
