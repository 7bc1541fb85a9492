import type { OrderLineInput, OrderRoute } from '../ipc/contract/orders';
import type { PlanDose, PlanItem } from '../ipc/contract/plans';

// The checks a careful oncology pharmacist would make on an order as it is written, before anyone verifies
// it: the order covers doses of the plan that give the same drugs, names each of those drugs once, gives the
// dose, the route the product is made for, and either an infusion time or a rate whose arithmetic agrees
// with the volume. Pure, so the form runs the same checks as main before sending and words them itself.

/** One problem, on a field of the order form, with a stable code the screen words in the nurse's language. */
export interface OrderIssue {
  path: string;
  code: OrderIssueCode;
  params?: Record<string, string | number>;
}

export const ORDER_ISSUE_CODES = [
  'range-order',
  'dose-not-in-plan',
  'range-mixed',
  'drug-missing',
  'drug-not-in-plan',
  'drug-twice',
  'dose-required',
  'route-mismatch',
  'time-or-rate-required',
  'rate-needs-volume',
  'rate-mismatch',
  'faster-than-label',
  'prescriber-required',
  'reference-required',
  'read-back-required',
] as const;
export type OrderIssueCode = (typeof ORDER_ISSUE_CODES)[number];

/**
 * Arithmetic, not a clinical limit: a rate rounded to the whole mL/h is within 0.5 mL/h of volume ÷ time,
 * so 1 mL/h allows rounding either way and still catches a rate typed for another volume or time.
 */
export const RATE_TOLERANCE_ML_PER_HOUR = 1;

export interface OrderCheckContext {
  doses: readonly Pick<PlanDose, 'doseNumber' | 'items'>[];
  /** The product's route in the library, for drugs the library has (IV and SC forms are different products). */
  routeOf: (drugId: string) => OrderRoute | null;
}

export interface OrderDraft {
  firstDose: number;
  lastDose: number;
  lines: readonly OrderLineInput[];
  external?: { prescriberName: string; reference: string; readBack: boolean } | undefined;
}

const signature = (items: readonly PlanItem[]) =>
  items
    .map((i) => `${i.drugId}:${i.doseMg ?? i.doseText}`)
    .toSorted()
    .join('|');

/** The plan's doses the order covers, or the issues that stop the range being used. */
export function dosesInRange(draft: OrderDraft, ctx: OrderCheckContext): { items: PlanItem[]; issues: OrderIssue[] } {
  if (draft.lastDose < draft.firstDose) return { items: [], issues: [{ path: 'lastDose', code: 'range-order' }] };
  const covered = ctx.doses.filter((d) => d.doseNumber >= draft.firstDose && d.doseNumber <= draft.lastDose);
  const known = new Set(ctx.doses.map((d) => d.doseNumber));
  for (const field of ['firstDose', 'lastDose'] as const) {
    if (!known.has(draft[field])) return { items: [], issues: [{ path: field, code: 'dose-not-in-plan' }] };
  }
  const first = covered[0]!;
  const other = covered.find((d) => signature(d.items) !== signature(first.items));
  if (other)
    return { items: [], issues: [{ path: 'lastDose', code: 'range-mixed', params: { dose: other.doseNumber } }] };
  return { items: first.items, issues: [] };
}

function checkDrugs(items: readonly PlanItem[], lines: readonly OrderLineInput[]): OrderIssue[] {
  const issues: OrderIssue[] = [];
  const planned = new Set(items.map((i) => i.drugId));
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (!planned.has(line.drugId)) issues.push({ path: `lines.${index}.drugId`, code: 'drug-not-in-plan' });
    else if (seen.has(line.drugId)) issues.push({ path: `lines.${index}.drugId`, code: 'drug-twice' });
    seen.add(line.drugId);
  });
  for (const item of items) {
    if (!seen.has(item.drugId)) issues.push({ path: 'lines', code: 'drug-missing', params: { drug: item.drugName } });
  }
  return issues;
}

/** Minutes the line runs for: as written, or worked out from volume and rate. */
export function lineMinutes(
  line: Pick<OrderLineInput, 'volumeMl' | 'rateMlPerHour' | 'infusionMinutes'>,
): number | null {
  if (line.infusionMinutes !== null) return line.infusionMinutes;
  if (line.volumeMl !== null && line.rateMlPerHour !== null) return (line.volumeMl / line.rateMlPerHour) * 60;
  return null;
}

function checkRate(line: OrderLineInput, at: string): OrderIssue[] {
  const { volumeMl: volume, rateMlPerHour: rate, infusionMinutes: minutes } = line;
  if (line.route === 'IV' && minutes === null && rate === null)
    return [{ path: `${at}.infusionMinutes`, code: 'time-or-rate-required' }];
  if (rate !== null && volume === null) return [{ path: `${at}.volumeMl`, code: 'rate-needs-volume' }];
  if (rate !== null && volume !== null && minutes !== null) {
    const expected = (volume * 60) / minutes;
    if (Math.abs(rate - expected) > RATE_TOLERANCE_ML_PER_HOUR) {
      return [
        { path: `${at}.rateMlPerHour`, code: 'rate-mismatch', params: { expected: Math.round(expected * 10) / 10 } },
      ];
    }
  }
  return [];
}

function checkLine(line: OrderLineInput, item: PlanItem, index: number, ctx: OrderCheckContext): OrderIssue[] {
  const at = `lines.${index}`;
  const issues: OrderIssue[] = [];
  if (item.doseMg !== null && line.doseMg === null) issues.push({ path: `${at}.doseMg`, code: 'dose-required' });
  const route = ctx.routeOf(line.drugId);
  if (route !== null && line.route !== route)
    issues.push({ path: `${at}.route`, code: 'route-mismatch', params: { route } });
  const rate = checkRate(line, at);
  issues.push(...rate);
  const minutes = lineMinutes(line);
  if (rate.length === 0 && minutes !== null && item.infusionMinutes !== null && minutes < item.infusionMinutes - 1e-9) {
    issues.push({
      path: `${at}.infusionMinutes`,
      code: 'faster-than-label',
      params: { minutes: item.infusionMinutes },
    });
  }
  return issues;
}

function checkExternal(external: NonNullable<OrderDraft['external']>): OrderIssue[] {
  const issues: OrderIssue[] = [];
  if (external.prescriberName.trim() === '')
    issues.push({ path: 'external.prescriberName', code: 'prescriber-required' });
  if (external.reference.trim() === '') issues.push({ path: 'external.reference', code: 'reference-required' });
  if (!external.readBack) issues.push({ path: 'external.readBack', code: 'read-back-required' });
  return issues;
}

/** Every issue of an order draft against the plan's doses; empty when the order may be signed. */
export function checkOrder(draft: OrderDraft, ctx: OrderCheckContext): OrderIssue[] {
  const external = draft.external ? checkExternal(draft.external) : [];
  const range = dosesInRange(draft, ctx);
  if (range.issues.length > 0) return [...range.issues, ...external];
  const byDrug = new Map(range.items.map((i) => [i.drugId, i]));
  const lines = draft.lines.flatMap((line, index) => {
    const item = byDrug.get(line.drugId);
    return item ? checkLine(line, item, index, ctx) : [];
  });
  return [...checkDrugs(range.items, draft.lines), ...lines, ...external];
}

/** English wording of each issue, for main's refusal message and the logs; the screen words its own. */
export function describeOrderIssue(issue: OrderIssue): string {
  const p = issue.params ?? {};
  const words: Record<OrderIssueCode, string> = {
    'range-order': 'The last dose comes before the first dose.',
    'dose-not-in-plan': 'This dose is not in the plan.',
    'range-mixed': `Dose ${p.dose} gives other drugs or doses: order it separately.`,
    'drug-missing': `The plan gives ${p.drug}: add its line.`,
    'drug-not-in-plan': 'This drug is not in the plan for these doses.',
    'drug-twice': 'This drug has two lines.',
    'dose-required': 'Give the dose in mg.',
    'route-mismatch': `This product is given ${p.route} only.`,
    'time-or-rate-required': 'Give the infusion time or the rate.',
    'rate-needs-volume': 'A rate needs the final volume.',
    'rate-mismatch': `Volume and time give ${p.expected} mL/h: check the rate, the volume or the time.`,
    'faster-than-label': `Faster than the label's infusion time for this dose (${p.minutes} min).`,
    'prescriber-required': 'Name the prescriber.',
    'reference-required': 'Copy the order’s reference.',
    'read-back-required': 'Confirm that you read the order back to the prescriber.',
  };
  return words[issue.code];
}
