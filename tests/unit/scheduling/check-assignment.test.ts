import { describe, expect, it } from 'vitest';
import { assignmentProblems } from '../../../shared/scheduling/check-assignment';

const limits = { maxPatientsPerNurse: 2, maxStartsPerNursePerSlot: 1, slotMinutes: 15 };
const nurses = [
  { id: 'a', start: 480, end: 1020 },
  { id: 'b', start: 720, end: 1020 },
];
const visit = (id: string, start: number, end: number, nurseId: string | null) => ({ id, start, end, nurseId });

describe('assignmentProblems', () => {
  it.each([
    ['nothing for a day within every rule', [visit('1', 540, 600, 'a'), visit('2', 560, 620, 'a')], []],
    ['nothing for a visit left without a nurse', [visit('1', 540, 600, null)], []],
    ['a nurse whose shift starts after the visit', [visit('1', 600, 660, 'b')], ['1:nurse-not-on-shift']],
    ['an unknown nurse', [visit('1', 600, 660, 'z')], ['1:nurse-not-on-shift']],
    [
      'the visit that makes three at once',
      [visit('1', 540, 700, 'a'), visit('2', 570, 700, 'a'), visit('3', 600, 700, 'a')],
      ['3:nurse-over-ratio'],
    ],
    [
      'two starts in one 15-minute slot',
      [visit('1', 540, 600, 'a'), visit('2', 730, 800, 'b'), visit('3', 545, 560, 'a')],
      ['1:nurse-starts-together', '3:nurse-starts-together'],
    ],
  ])('finds %s', (_, visits, expected) => {
    expect(assignmentProblems(visits, nurses, limits).map((p) => `${p.visitId}:${p.reason}`)).toEqual(expected);
  });
});
