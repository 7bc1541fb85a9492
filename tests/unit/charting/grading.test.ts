import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTART_RATE_PERCENT, rechallengeRate } from '../../../shared/charting/guidance';
import { ICE_ITEMS, crsOf, icansOf, iceTotal, type IceAnswers } from '../../../shared/charting/kinds-car-t';
import { recomputeReaction, suggestIrrGrade, type IrrQuestions } from '../../../shared/charting/kinds-reaction';

const q = (
  lifeThreatening: boolean | null,
  interruptionOrTreatment: boolean | null,
  promptResponse: boolean | null,
): IrrQuestions => ({
  lifeThreatening,
  interruptionOrTreatment,
  promptResponse,
});

describe('suggestIrrGrade (CTCAE v5.0 Infusion related reaction, REFERENCE §3.2)', () => {
  it.each([
    // "G4 Life-threatening consequences; urgent intervention indicated"
    [q(true, null, null), 4],
    // "G1 Mild transient reaction; infusion interruption not indicated; intervention not indicated"
    [q(false, false, null), 1],
    // "G2 Therapy or infusion interruption indicated but responds promptly to symptomatic treatment"
    [q(false, true, true), 2],
    // "G3 Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief interruption …)"
    [q(false, true, false), 3],
    [q(null, null, null), null],
    [q(false, true, null), null],
  ])('%o suggests grade %s', (questions, grade) => {
    expect(suggestIrrGrade(questions)).toBe(grade);
  });
});

describe('rechallengeRate (REFERENCE §5.1: restart at half the previous rate, a center protocol rule)', () => {
  it.each([
    [200, 50, 100],
    [250, 50, 125],
    [125, 50, 62.5],
    [100, 33, 33],
    [99, 50, 49.5],
  ])('%s mL/h at %s %% → %s mL/h', (rate, percent, expected) => {
    expect(rechallengeRate(rate, percent)).toBe(expected);
  });

  it('defaults to 50 %', () => expect(DEFAULT_RESTART_RATE_PERCENT).toBe(50));

  it.each([
    [0, 50],
    [200, 0],
    [200, 101],
  ])('refuses %s mL/h at %s %%', (rate, percent) => {
    expect(() => rechallengeRate(rate, percent)).toThrow(RangeError);
  });

  it('replaces whatever suggested grade a payload carried', () => {
    const out = recomputeReaction({
      questions: { lifeThreatening: false, interruptionOrTreatment: false, promptResponse: null },
      suggestedGrade: 3,
    });
    expect(out.suggestedGrade).toBe(1);
  });
});

const ice = (points: number): IceAnswers =>
  Object.fromEntries(ICE_ITEMS.map((item, i) => [item, i < points])) as IceAnswers;

describe('CAR T grades from the form (ASTCT 2019, REFERENCE §4)', () => {
  it('counts the ICE only when all 10 items were asked', () => {
    expect(iceTotal(ice(8))).toBe(8);
    expect(iceTotal({ ...ice(10), year: null })).toBeNull();
  });

  it('grades the Done-when example: 38.9 °C, fluids, no oxygen → CRS 2; ICE 8, wakes spontaneously → ICANS 1', () => {
    expect(
      crsOf({ temperatureC: 38.9, hypotension: 'fluids', hypoxia: 'none', feverSuppressingTherapy: false })?.grade,
    ).toBe(2);
    const icans = icansOf({
      ice: ice(8),
      consciousness: 'awakens-spontaneously',
      seizure: 'none',
      motorWeakness: 'none',
      raisedIcp: 'none',
    });
    expect(icans).toMatchObject({ grade: 1, ice: 8 });
  });

  it('waits for the inputs it needs', () => {
    expect(crsOf({ temperatureC: 39, hypotension: 'none' })).toBeNull();
    expect(icansOf({ ice: ice(10), consciousness: 'alert' })).toBeNull();
  });
});
