import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderLineInput } from '../../../shared/ipc/contract/orders';
import type { PlanItem } from '../../../shared/ipc/contract/plans';
import {
  checkOrder,
  describeOrderIssue,
  lineMinutes,
  ORDER_ISSUE_CODES,
  RATE_TOLERANCE_ML_PER_HOUR,
  type OrderIssue,
} from '../../../shared/orders/check-order';

// The order checks as pure functions, table-driven. The doses and times are test inputs shaped like a plan's,
// not library facts; the label time (30 min) stands for whatever the plan's item says.

const item = (drugId: string, doseMg: number | null, infusionMinutes: number | null): PlanItem => ({
  drugId,
  drugName: drugId,
  doseMg,
  doseText: doseMg === null ? 'See label' : `${doseMg} mg`,
  basis: '',
  infusionMinutes,
});
const pembro = item('pembrolizumab', 200, 30);
const nivo = item('nivolumab', 72, 30);
const ipi = item('ipilimumab', 216, 30);
const sc = item('pembrolizumab-sc', 790, 1);

const doses = [
  { doseNumber: 1, items: [nivo, ipi] },
  { doseNumber: 2, items: [nivo, ipi] },
  { doseNumber: 3, items: [item('nivolumab', 240, 30)] },
  { doseNumber: 4, items: [pembro] },
  { doseNumber: 5, items: [sc] },
];
const ctx = {
  doses,
  routeOf: (id: string) =>
    id === 'pembrolizumab-sc' ? ('SC' as const) : id === 'pembrolizumab' ? ('IV' as const) : null,
};

const line = (drugId: string, over: Partial<OrderLineInput> = {}): OrderLineInput => ({
  drugId,
  doseMg: 200,
  route: 'IV',
  diluent: null,
  volumeMl: 100,
  infusionMinutes: 30,
  rateMlPerHour: 200,
  ...over,
});
const codes = (issues: OrderIssue[]) => issues.map((i) => [i.path, i.code]);

describe('checkOrder', () => {
  it.each<[string, Parameters<typeof checkOrder>[0], Array<[string, string]>]>([
    ['a complete IV line', { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab')] }, []],
    [
      'time alone is enough',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { volumeMl: null, rateMlPerHour: null })] },
      [],
    ],
    [
      'rate and volume without time',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { infusionMinutes: null })] },
      [],
    ],
    [
      'an SC product needs no time or rate',
      {
        firstDose: 5,
        lastDose: 5,
        lines: [
          line('pembrolizumab-sc', {
            route: 'SC',
            doseMg: 790,
            infusionMinutes: null,
            rateMlPerHour: null,
            volumeMl: null,
          }),
        ],
      },
      [],
    ],
    [
      'the SC product ordered IV',
      {
        firstDose: 5,
        lastDose: 5,
        lines: [line('pembrolizumab-sc', { doseMg: 790, infusionMinutes: null, rateMlPerHour: null, volumeMl: null })],
      },
      [
        ['lines.0.route', 'route-mismatch'],
        ['lines.0.infusionMinutes', 'time-or-rate-required'],
      ],
    ],
    [
      'neither time nor rate',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { infusionMinutes: null, rateMlPerHour: null })] },
      [['lines.0.infusionMinutes', 'time-or-rate-required']],
    ],
    [
      'a rate without a volume',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { volumeMl: null })] },
      [['lines.0.volumeMl', 'rate-needs-volume']],
    ],
    [
      '100 mL over 30 min at 400 mL/h',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { rateMlPerHour: 400 })] },
      [['lines.0.rateMlPerHour', 'rate-mismatch']],
    ],
    [
      '100 mL at 400 mL/h is 15 min, under the 30',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { infusionMinutes: null, rateMlPerHour: 400 })] },
      [['lines.0.infusionMinutes', 'faster-than-label']],
    ],
    [
      'no dose',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab', { doseMg: null })] },
      [['lines.0.doseMg', 'dose-required']],
    ],
    [
      'a drug the dose does not give',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab'), line('nivolumab')] },
      [['lines.1.drugId', 'drug-not-in-plan']],
    ],
    [
      'the same drug twice',
      { firstDose: 4, lastDose: 4, lines: [line('pembrolizumab'), line('pembrolizumab')] },
      [['lines.1.drugId', 'drug-twice']],
    ],
    [
      'a missing drug of a combination',
      { firstDose: 1, lastDose: 2, lines: [line('nivolumab', { doseMg: 72 })] },
      [['lines', 'drug-missing']],
    ],
    [
      'a run across a change of drugs',
      { firstDose: 2, lastDose: 3, lines: [line('nivolumab')] },
      [['lastDose', 'range-mixed']],
    ],
    ['a run backwards', { firstDose: 3, lastDose: 2, lines: [line('nivolumab')] }, [['lastDose', 'range-order']]],
    [
      'a dose the plan does not have',
      { firstDose: 9, lastDose: 9, lines: [line('nivolumab')] },
      [['firstDose', 'dose-not-in-plan']],
    ],
    [
      'an external order not read back',
      {
        firstDose: 4,
        lastDose: 4,
        lines: [line('pembrolizumab')],
        external: { prescriberName: 'Dr Okafor', reference: 'RX-1', readBack: false },
      },
      [['external.readBack', 'read-back-required']],
    ],
  ])('%s', (_name, draft, expected) => {
    expect(codes(checkOrder(draft, ctx))).toEqual(expected);
  });

  it('words every code in English for main’s message', () => {
    for (const code of ORDER_ISSUE_CODES)
      expect(
        describeOrderIssue({ path: '', code, params: { dose: 3, drug: 'x', route: 'SC', expected: 200, minutes: 30 } }),
      ).toMatch(/\w/);
  });

  it('accepts a rate within rounding of volume ÷ time, and no other (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 1000 }),
        fc.integer({ min: 30, max: 600 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (volume, minutes, offset) => {
          const exact = (volume * 60) / minutes;
          const rate = exact + offset;
          fc.pre(rate > 0);
          const issues = checkOrder(
            {
              firstDose: 4,
              lastDose: 4,
              lines: [line('pembrolizumab', { volumeMl: volume, infusionMinutes: minutes, rateMlPerHour: rate })],
            },
            ctx,
          );
          const refused = issues.some((i) => i.code === 'rate-mismatch');
          expect(refused).toBe(Math.abs(offset) > RATE_TOLERANCE_ML_PER_HOUR);
        },
      ),
    );
  });

  it('works the minutes out from volume and rate when the time is not written', () => {
    expect(lineMinutes({ volumeMl: 250, rateMlPerHour: 500, infusionMinutes: null })).toBe(30);
    expect(lineMinutes({ volumeMl: null, rateMlPerHour: 500, infusionMinutes: null })).toBeNull();
    expect(lineMinutes({ volumeMl: 250, rateMlPerHour: 500, infusionMinutes: 45 })).toBe(45);
  });
});
