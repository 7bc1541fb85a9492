import { describe, expect, it } from 'vitest';
import { acuityOf, proposeAssignment, type AcuityFacts } from '../../../shared/scheduling/assign-nurses';
import { DEFAULT_LIMITS } from '../../../shared/scheduling/model';
import { at, nurses } from './builders';

const visit = (id: string, start: string, minutes: number, extra: Partial<AcuityFacts> = {}): AcuityFacts => ({
  id,
  start: at(start),
  end: at(start) + minutes,
  isFirstDose: false,
  isCarT: false,
  hasReactionHistory: false,
  ...extra,
});

describe('proposeAssignment', () => {
  it('weighs first doses, CAR T, a reaction before and long visits', () => {
    expect(acuityOf(visit('a', '08:00', 45))).toBe(1);
    expect(acuityOf(visit('b', '08:00', 180, { isFirstDose: true, isCarT: true, hasReactionHistory: true }))).toBe(6);
  });

  it('spreads the heavy visits so the points are balanced', () => {
    const visits = [
      visit('car-t', '08:00', 240, { isCarT: true, isFirstDose: true }),
      visit('first', '08:15', 90, { isFirstDose: true, hasReactionHistory: true }),
      visit('m1', '08:30', 45),
      visit('m2', '08:45', 45),
      visit('m3', '09:00', 45),
    ];
    const proposal = proposeAssignment(visits, nurses(2), DEFAULT_LIMITS);
    const points = new Map<string, number>();
    for (const p of proposal) points.set(p.nurseId!, (points.get(p.nurseId!) ?? 0) + p.acuity);
    expect(proposal.find((p) => p.visitId === 'car-t')?.nurseId).not.toBe(
      proposal.find((p) => p.visitId === 'first')?.nurseId,
    );
    const [a = 0, b = 0] = [...points.values()];
    expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
  });

  it('keeps each nurse within her shift, the patient limit and one start per slot', () => {
    const limits = { ...DEFAULT_LIMITS, maxPatientsPerNurse: 2 };
    const visits = ['a', 'b', 'c', 'd', 'e'].map((id) => visit(id, '08:00', 120));
    const proposal = proposeAssignment(visits, nurses(2), limits);
    // Two nurses, one start each at 08:00: three visits are left for the charge nurse.
    expect(proposal.filter((p) => p.nurseId === null)).toHaveLength(3);
    const late = proposeAssignment(
      [visit('late', '15:30', 60)],
      [{ id: 'N1', start: at('07:30'), end: at('16:00') }],
      limits,
    );
    expect(late[0]?.nurseId).toBeNull();
  });
});
