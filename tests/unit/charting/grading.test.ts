import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTART_RATE_PERCENT, rechallengeRate } from '../../../shared/charting/guidance';
import { ICE_ITEMS, crsOf, icansOf, iceRange, iceTotal, type IceAnswers } from '../../../shared/charting/kinds-car-t';
import { gradeIrr } from '../../../shared/charting/irr-grade';
import { recomputeReaction, suggestIrrGrade, type IrrQuestions } from '../../../shared/charting/kinds-reaction';

const q = (
  lifeThreatening: boolean | null,
  interruptionOrTreatment: boolean | null,
  promptResponse: boolean | null,
  recurrence: boolean | null = false,
  hospitalisation: boolean | null = false,
): IrrQuestions => ({ lifeThreatening, interruptionOrTreatment, promptResponse, recurrence, hospitalisation });

describe('the infusion-reaction questions (CTCAE v5.0 Infusion related reaction)', () => {
  it.each([
    // "G4 Life-threatening consequences; urgent intervention indicated"
    [q(true, null, null, null, null), 4],
    // "G1 Mild transient reaction; infusion interruption not indicated; intervention not indicated"
    [q(false, false, null), 1],
    // "G2 Therapy or infusion interruption indicated but responds promptly to symptomatic treatment"
    [q(false, true, true), 2],
    // "G3 Prolonged (e.g., not rapidly responsive to symptomatic medication and/or brief interruption …)"
    [q(false, true, false), 3],
    // "G3 … recurrence of symptoms following initial improvement"
    [q(false, true, true, true), 3],
    [q(false, false, null, true), 3],
    // "G3 … hospitalization indicated for clinical sequelae"
    [q(false, true, true, false, true), 3],
    [q(null, null, null, null, null), null],
    [q(false, true, null), null],
    // The grade 3 questions can change a grade 1 or 2: unanswered, nothing is suggested.
    [q(false, true, true, null, false), null],
    [q(false, false, null, false, null), null],
  ])('%o suggests grade %s', (questions, grade) => {
    expect(suggestIrrGrade(questions)).toBe(grade);
  });

  it('says which answers are missing and the grades still possible', () => {
    expect(gradeIrr(q(false, true, true, null, null))).toMatchObject({
      status: 'incomplete',
      missing: ['hospitalisation', 'recurrence'],
      lowest: 2,
      highest: 3,
    });
  });

  it('treats drafts stored before the recurrence and hospitalisation questions as not answered yet', () => {
    expect(suggestIrrGrade({ lifeThreatening: false, interruptionOrTreatment: true, promptResponse: true })).toBeNull();
  });
});

describe('rechallengeRate (restart at half the previous rate: a common protocol rule, the center default)', () => {
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
      questions: {
        lifeThreatening: false,
        hospitalisation: false,
        recurrence: false,
        interruptionOrTreatment: false,
        promptResponse: null,
      },
      suggestedGrade: 3,
    });
    expect(out.suggestedGrade).toBe(1);
  });
});

const ice = (points: number): IceAnswers =>
  Object.fromEntries(ICE_ITEMS.map((item, i) => [item, i < points])) as IceAnswers;

describe('CAR T grades from the form (ASTCT 2019)', () => {
  it('counts the ICE only when all 10 items were asked, and gives the range still possible', () => {
    expect(iceTotal(ice(8))).toBe(8);
    expect(iceTotal({ ...ice(10), year: null })).toBeNull();
    expect(iceRange({ ...ice(8), year: null, countsBackwardsBy10: null })).toEqual({ min: 7, max: 9 });
  });

  it('grades the Done-when example: 38.9 °C, fluids, no oxygen → CRS 2; ICE 8, wakes spontaneously → ICANS 1', () => {
    expect(crsOf({ temperatureC: 38.9, hypotension: 'fluids', hypoxia: 'none', feverTherapy: 'none' })).toMatchObject({
      status: 'graded',
      grade: 2,
    });
    const icans = icansOf({
      ice: ice(8),
      ageYears: 54,
      consciousness: 'awakens-spontaneously',
      seizure: 'none',
      motorWeakness: 'none',
      raisedIcp: 'none',
    });
    expect(icans).toMatchObject({ status: 'graded', grade: 1, ice: 8, tool: 'ICE' });
  });

  it('is never grade 0 while a finding that matters is missing', () => {
    expect(
      crsOf({ temperatureC: null, hypotension: 'multiple-vasopressors', hypoxia: 'positive-pressure' }),
    ).toMatchObject({
      status: 'incomplete',
      missing: ['temperatureC', 'feverTherapy'],
      lowest: 0,
      highest: 4,
    });
    expect(icansOf({ ice: ice(10), ageYears: 40, consciousness: 'alert' })).toMatchObject({
      status: 'incomplete',
      missing: ['seizure', 'motorWeakness', 'raisedIcp'],
    });
  });

  it('asks for the CAPD under 12 years, whatever ICE items were answered', () => {
    const child = {
      ice: ice(10),
      ageYears: 6,
      consciousness: 'alert',
      seizure: 'none',
      motorWeakness: 'none',
      raisedIcp: 'none',
    } as const;
    expect(icansOf(child)).toMatchObject({ status: 'incomplete', missing: ['capd'], tool: 'CAPD' });
    expect(icansOf({ ...child, capd: 11 })).toMatchObject({ status: 'graded', grade: 3, tool: 'CAPD' });
  });
});
