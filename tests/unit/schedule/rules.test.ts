import { describe, expect, it } from 'vitest';
import { capacitySlots } from '../../../shared/schedule/capacity';
import { chairTimeFor } from '../../../shared/schedule/chair-time';
import { canSetStatus, isMovable, occupiesChair, parseFlags } from '../../../shared/schedule/status';
import { clockTime, parseClockTime, startWindowFor } from '../../../shared/schedule/windows';

const rules = {
  preAssessmentMinutes: 15,
  premedicationWaitMinutes: 30,
  observationMinutes: 0,
  firstDoseExtraObservationMinutes: 30,
  slotMinutes: 15,
};

describe('chairTimeFor (derived rule: pre-assessment + premedication wait + infusion + observation)', () => {
  it.each([
    ['pembrolizumab first dose', { infusionMinutes: 30, hasPremedication: false, isFirstDose: true }, 75],
    ['pembrolizumab later dose', { infusionMinutes: 30, hasPremedication: false, isFirstDose: false }, 45],
    ['avelumab first dose with premedication', { infusionMinutes: 60, hasPremedication: true, isFirstDose: true }, 135],
    [
      'SC injection of 2 minutes, rounded up to the grid',
      { infusionMinutes: 2, hasPremedication: false, isFirstDose: false },
      30,
    ],
  ])('%s', (_name, visit, total) => {
    expect(chairTimeFor(visit, rules).totalMinutes).toBe(total);
  });
});

describe('statuses', () => {
  it('frees the chair only when held, cancelled or no-show', () => {
    expect(['held', 'cancelled', 'no-show'].map((s) => occupiesChair(s as never))).toEqual([false, false, false]);
    expect(occupiesChair('completed')).toBe(true);
  });
  it('sets only arrival by hand (and its undo): later statuses follow the chart', () => {
    expect(canSetStatus('scheduled', 'checked-in')).toBe(true);
    expect(canSetStatus('checked-in', 'scheduled')).toBe(true);
    expect(canSetStatus('checked-in', 'in-chair')).toBe(false);
    expect(canSetStatus('infusing', 'in-chair')).toBe(false);
    expect(canSetStatus('scheduled', 'infusing')).toBe(false);
    expect(canSetStatus('scheduled', 'cancelled')).toBe(false);
    expect(isMovable('checked-in')).toBe(true);
    expect(isMovable('infusing')).toBe(false);
  });
  it('reads flags leniently', () => {
    expect(parseFlags('["first-dose","labs-pending","future-flag"]')).toEqual(['first-dose', 'labs-pending']);
    expect(parseFlags('not json')).toEqual([]);
    expect(parseFlags(null)).toEqual([]);
  });
});

describe('windows and clock times', () => {
  it('splits the day at noon', () => {
    expect(startWindowFor('morning', 480, 1020)).toEqual({ start: 480, end: 720 });
    expect(startWindowFor('afternoon', 480, 1020)).toEqual({ start: 720, end: 1020 });
    expect(startWindowFor('any', 480, 1020)).toBeUndefined();
    expect(startWindowFor('morning', 780, 1020)).toBeUndefined();
  });
  it('writes and reads 24-hour times', () => {
    expect(clockTime(13 * 60 + 5)).toBe('13:05');
    expect(parseClockTime('07:45')).toBe(465);
    expect(parseClockTime('7:45 PM')).toBeNull();
  });
});

describe('capacitySlots', () => {
  const base = {
    open: 480,
    close: 600,
    slotMinutes: 30,
    chairCount: 2,
    maxPatientsPerNurse: 1,
    nurses: [{ id: 'n1', start: 480, end: 600 }],
  };
  it('counts busy chairs and the busiest nurse per slot, and flags over-limit and full slots', () => {
    const slots = capacitySlots({
      ...base,
      appointments: [
        { nurseId: 'n1', start: 480, end: 540, status: 'scheduled' },
        { nurseId: 'n1', start: 510, end: 570, status: 'scheduled' },
        { nurseId: 'n1', start: 480, end: 600, status: 'cancelled' },
      ],
    });
    expect(slots.map((s) => [s.start, s.chairsBusy, s.peakPatientsPerNurse, s.level])).toEqual([
      [480, 1, 1, 'ok'],
      [510, 2, 2, 'over'],
      [540, 1, 1, 'ok'],
      [570, 0, 0, 'ok'],
    ]);
  });
  it('calls a slot full when every chair is busy within the nurse limit', () => {
    const slots = capacitySlots({
      ...base,
      maxPatientsPerNurse: 4,
      appointments: [
        { nurseId: 'n1', start: 480, end: 510, status: 'scheduled' },
        { nurseId: 'n1', start: 480, end: 510, status: 'infusing' },
      ],
    });
    expect(slots[0]?.level).toBe('full');
  });
});
