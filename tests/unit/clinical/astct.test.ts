import { describe, expect, it } from 'vitest';
import type { Consciousness, CrsInput, Hypotension, Hypoxia, IcansInput, IceItems } from '../../../shared/clinical';
import { AstctInputError, gradeCrs, gradeIcans, iceScore } from '../../../shared/clinical';

const crs = (temperatureC: number | null, hypotension: Hypotension, hypoxia: Hypoxia, masked = false): CrsInput => ({
  temperatureC,
  hypotension,
  hypoxia,
  hasReceivedFeverSuppressingTherapy: masked,
});

describe('gradeCrs (ASTCT, REFERENCE §4.1)', () => {
  it.each<[string, CrsInput, number]>([
    // REF §4.1: "Fever (temperature ≥38 °C)" is required for every grade.
    ['37.9 °C alone is not CRS', crs(37.9, 'none', 'none'), 0],
    ['38.0 °C is fever: grade 1', crs(38.0, 'none', 'none'), 1],
    ['no temperature recorded', crs(null, 'none', 'none'), 0],
    // REF §4.1 grade 2: "Not requiring vasopressors" / "low-flow nasal cannula (≤6 L/min) or blow-by"
    ['fever + hypotension on fluids', crs(38.5, 'fluids', 'none'), 2],
    ['fever + low-flow O2', crs(38.5, 'none', 'low-flow'), 2],
    // REF §4.1 grade 3: "one vasopressor with or without vasopressin" / "high-flow nasal cannula (>6 L/min), facemask…"
    ['fever + one vasopressor', crs(38.5, 'one-vasopressor', 'none'), 3],
    ['fever + high-flow O2', crs(38.5, 'none', 'high-flow'), 3],
    // REF §4.1 grade 4: "multiple vasopressors (excluding vasopressin)" / "positive pressure (CPAP, BiPAP, intubation…)"
    ['fever + multiple vasopressors', crs(38.5, 'multiple-vasopressors', 'none'), 4],
    ['fever + positive pressure', crs(38.5, 'none', 'positive-pressure'), 4],
    // REF §4.1: "The grade is set by the more severe of hypotension or hypoxia (e.g. fever + one vasopressor + low-flow O2 = Grade 3)"
    ['fever + one vasopressor + low-flow O2', crs(38.5, 'one-vasopressor', 'low-flow'), 3],
    ['fever + fluids + positive pressure', crs(39.2, 'fluids', 'positive-pressure'), 4],
    ['hypotension without fever is not CRS', crs(37.0, 'one-vasopressor', 'none'), 0],
    // REF §4.1: "After antipyretics or anti-cytokine therapy (tocilizumab, steroids) fever is no longer required"
    ['after tocilizumab: one vasopressor without fever', crs(37.0, 'one-vasopressor', 'none', true), 3],
    ['after tocilizumab: low-flow O2, no temperature', crs(null, 'none', 'low-flow', true), 2],
    ['after tocilizumab: nothing left', crs(36.8, 'none', 'none', true), 0],
    ['after tocilizumab: fever alone is still grade 1', crs(38.4, 'none', 'none', true), 1],
  ])('%s → grade %i', (_name, input, grade) => {
    expect(gradeCrs(input).grade).toBe(grade);
  });

  it('grades every hypotension × hypoxia pair as the more severe of the two', () => {
    const hypotension: [Hypotension, number][] = [
      ['none', 1],
      ['fluids', 2],
      ['one-vasopressor', 3],
      ['multiple-vasopressors', 4],
    ];
    const hypoxia: [Hypoxia, number][] = [
      ['none', 1],
      ['low-flow', 2],
      ['high-flow', 3],
      ['positive-pressure', 4],
    ];
    for (const [bp, bpGrade] of hypotension) {
      for (const [o2, o2Grade] of hypoxia) {
        expect(gradeCrs(crs(38.3, bp, o2)).grade, `${bp} + ${o2}`).toBe(Math.max(bpGrade, o2Grade));
      }
    }
  });

  it('explains which finding decided', () => {
    expect(gradeCrs(crs(38.6, 'one-vasopressor', 'low-flow')).reason).toBe(
      'Grade 3: fever 38.6 °C; hypotension requiring one vasopressor (with or without vasopressin). ' +
        'The more severe of hypotension (grade 3) or hypoxia (grade 2) decides.',
    );
  });

  it.each([101.3, 0, Number.NaN])('refuses an implausible °C value %s', (temperatureC) => {
    expect(() => gradeCrs(crs(temperatureC, 'none', 'none'))).toThrow(AstctInputError);
  });
});

const allIce = (overrides: Partial<IceItems> = {}): IceItems => ({
  orientation: { year: true, month: true, city: true, hospital: true },
  naming: [true, true, true],
  followsCommands: true,
  writesStandardSentence: true,
  countsBackwardsBy10: true,
  ...overrides,
});

describe('iceScore (REFERENCE §4.3)', () => {
  it.each<[string, IceItems, number]>([
    // REF §4.3: "Orientation … 4 (1 each); Naming … 3 (1 each); commands 1; writing 1; attention 1"
    ['all correct', allIce(), 10],
    ['misses the hospital', allIce({ orientation: { year: true, month: true, city: true, hospital: false } }), 9],
    ['names 1 of 3 objects', allIce({ naming: [true, false, false] }), 8],
    ['cannot write', allIce({ writesStandardSentence: false }), 9],
    ['cannot count back', allIce({ countsBackwardsBy10: false }), 9],
    ['does not follow commands', allIce({ followsCommands: false }), 9],
    [
      'nothing correct',
      {
        orientation: { year: false, month: false, city: false, hospital: false },
        naming: [false, false, false],
        followsCommands: false,
        writesStandardSentence: false,
        countsBackwardsBy10: false,
      },
      0,
    ],
  ])('%s → %i', (_name, items, score) => {
    expect(iceScore(items)).toBe(score);
  });
});

const icans = (overrides: Partial<IcansInput> = {}): IcansInput => ({
  ice: 10,
  consciousness: 'alert',
  seizure: 'none',
  motorWeakness: 'none',
  raisedIcp: 'none',
  ...overrides,
});

describe('gradeIcans (ASTCT, REFERENCE §4.2)', () => {
  it.each<[string, IcansInput, number]>([
    ['ICE 10 and alert', icans(), 0],
    // REF §4.3: "Score 10 = no impairment; 7–9 grade 1; 3–6 grade 2; 0–2 grade 3"
    ['ICE 9', icans({ ice: 9 }), 1],
    ['ICE 7', icans({ ice: 7 }), 1],
    ['ICE 6', icans({ ice: 6 }), 2],
    ['ICE 3', icans({ ice: 3 }), 2],
    ['ICE 2', icans({ ice: 2 }), 3],
    // REF §4.2: "A patient with ICE 0 may be Grade 3 if awake with global aphasia, but Grade 4 if unarousable."
    ['ICE 0, awake with global aphasia', icans({ ice: 0 }), 3],
    ['ICE 0 and unarousable', icans({ ice: 0, consciousness: 'unarousable' }), 4],
    // REF §4.2 consciousness row: "Awakens spontaneously | Awakens to voice | Awakens only to tactile stimulus | Unarousable…"
    ['awakens spontaneously', icans({ consciousness: 'awakens-spontaneously' }), 1],
    ['awakens to voice', icans({ consciousness: 'awakens-to-voice' }), 2],
    ['awakens only to touch', icans({ consciousness: 'awakens-to-tactile' }), 3],
    // REF §4.2 seizure row (grade 3 / grade 4), and "example: ICE 3 + a generalized seizure = Grade 3"
    ['ICE 3 + a seizure that resolves rapidly', icans({ ice: 3, seizure: 'rapidly-resolving' }), 3],
    ['prolonged seizure >5 min', icans({ seizure: 'life-threatening' }), 4],
    // REF §4.2 motor row: "Deep focal motor weakness such as hemiparesis or paraparesis" = grade 4 only
    ['deep focal motor weakness', icans({ motorWeakness: 'deep-focal' }), 4],
    // REF §4.2 ICP row: "Focal/local edema" grade 3; "Diffuse cerebral edema …" grade 4
    ['focal edema', icans({ raisedIcp: 'focal-edema' }), 3],
    ['diffuse cerebral edema', icans({ raisedIcp: 'diffuse-edema-or-signs' }), 4],
    // REF §4.2: "ICANS grade = the most severe event among the domains"
    ['ICE 8 + awakens to voice', icans({ ice: 8, consciousness: 'awakens-to-voice' }), 2],
    [
      'ICE 5 + focal edema + awakens spontaneously',
      icans({ ice: 5, raisedIcp: 'focal-edema', consciousness: 'awakens-spontaneously' }),
      3,
    ],
  ])('%s → grade %i', (_name, input, grade) => {
    expect(gradeIcans(input).grade).toBe(grade);
  });

  it('names every domain at the deciding grade', () => {
    expect(gradeIcans(icans({ ice: 2, seizure: 'rapidly-resolving' })).reason).toMatch(
      /^Grade 3: ICE 2 \(0–2\); clinical seizure/,
    );
  });

  it.each<[string, IcansInput, RegExp]>([
    ['ICE above 10', icans({ ice: 11 }), /0–10/],
    ['fractional ICE', icans({ ice: 7.5 }), /whole number/],
    [
      'an unarousable patient with an ICE score',
      icans({ ice: 4, consciousness: 'unarousable' as Consciousness }),
      /record ICE 0/,
    ],
    // REF §4.2: "Children <12 years …: use the Cornell Assessment of Pediatric Delirium (CAPD)"
    ['a child under 12', icans({ ageYears: 9 }), /CAPD/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => gradeIcans(input)).toThrow(message);
  });
});
