import type {
  EnterOrderInput,
  OrderLineInput,
  OrderRoute,
  PlanOrder,
} from '../../../../../../shared/ipc/contract/orders';
import type { TreatmentPlan } from '../../../../../../shared/ipc/contract/plans';
import { formatDecimal, readDecimal, type DecimalRules } from '../../../../../../shared/numbers/decimal';
import { localeOf } from '../../../../components/NumberField';

// The order form's state as typed (text, so nothing the nurse types is changed under her fingers), built from
// the plan's dose, and turned into the core's input only when she signs.

export interface LineDraft {
  drugId: string;
  drugName: string;
  /** The plan's dose and label infusion time for this drug, shown beside the fields. */
  planDose: string;
  planMinutes: number | null;
  doseMg: string;
  route: OrderRoute;
  diluent: string;
  volumeMl: string;
  infusionMinutes: string;
  rateMlPerHour: string;
}

export interface OrderDraft {
  firstDose: number;
  lastDose: number;
  lines: LineDraft[];
  prescriberName: string;
  reference: string;
  readBack: boolean;
  replaceReason: string;
  secret: string;
}

export const NUMBER_FIELDS = ['doseMg', 'volumeMl', 'infusionMinutes', 'rateMlPerHour'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

/** Minutes are whole; the order's own limits are checked by main, which names the field when it refuses. */
export const ORDER_NUMBER_RULES: Record<NumberField, DecimalRules> = {
  doseMg: {},
  volumeMl: {},
  infusionMinutes: { integer: true },
  rateMlPerHour: {},
};

/** A plan's number as the form shows it: every digit kept (0.125, never 0.13), in the language's mark. */
function shown(value: number | null, language: string): string {
  return value === null ? '' : formatDecimal(value, localeOf(language));
}

/** Lines for the drugs of one dose, keeping what was already typed for a drug that stays at the same dose. */
export function linesFor(
  plan: TreatmentPlan,
  doseNumber: number,
  routes: Record<string, OrderRoute>,
  locale: string,
  previous: readonly LineDraft[] = [],
): LineDraft[] {
  const dose = plan.doses.find((d) => d.doseNumber === doseNumber);
  return (dose?.items ?? []).map((item) => {
    const kept = previous.find((l) => l.drugId === item.drugId);
    if (kept && kept.planDose === item.doseText) return kept;
    return {
      drugId: item.drugId,
      drugName: item.drugName,
      planDose: item.doseText,
      planMinutes: item.infusionMinutes,
      doseMg: shown(item.doseMg, locale),
      route: routes[item.drugId] ?? 'IV',
      diluent: '',
      volumeMl: '',
      infusionMinutes: shown(item.infusionMinutes, locale),
      rateMlPerHour: '',
    };
  });
}

/** A new order starts at the first dose without one; a replacement covers what the old order covered. */
export function initialDraft(
  plan: TreatmentPlan,
  firstWithoutOrder: number,
  routes: Record<string, OrderRoute>,
  locale: string,
  replacing: PlanOrder | null,
): OrderDraft {
  const first = replacing?.firstDose ?? firstWithoutOrder;
  return {
    firstDose: first,
    lastDose: replacing?.lastDose ?? first,
    lines: linesFor(plan, first, routes, locale),
    prescriberName: '',
    reference: '',
    readBack: false,
    replaceReason: '',
    secret: '',
  };
}

/** The numbers as typed, or the paths of the fields that are not plain numbers. */
function readLine(line: LineDraft, index: number, language: string): { line?: OrderLineInput; bad: string[] } {
  const values = {} as Record<NumberField, number | null>;
  const bad: string[] = [];
  for (const field of NUMBER_FIELDS) {
    const reading = readDecimal(line[field], localeOf(language), ORDER_NUMBER_RULES[field]);
    if (reading.kind === 'empty') values[field] = null;
    else if (reading.kind === 'number' && reading.problem === null && reading.value > 0) values[field] = reading.value;
    else bad.push(`lines.${index}.${field}`);
  }
  if (bad.length > 0) return { bad };
  const diluent = line.diluent.trim();
  return { line: { drugId: line.drugId, route: line.route, diluent: diluent === '' ? null : diluent, ...values }, bad };
}

export function toInput(
  draft: OrderDraft,
  planId: string,
  mode: { external: boolean; replacing: PlanOrder | null; language: string },
): { input?: EnterOrderInput; bad: string[] } {
  const read = draft.lines.map((line, index) => readLine(line, index, mode.language));
  const bad = read.flatMap((r) => r.bad);
  if (bad.length > 0) return { bad };
  const input: EnterOrderInput = {
    planId,
    firstDose: draft.firstDose,
    lastDose: draft.lastDose,
    lines: read.map((r) => r.line!),
    secret: draft.secret,
    ...(mode.external
      ? { external: { prescriberName: draft.prescriberName, reference: draft.reference, readBack: draft.readBack } }
      : {}),
    ...(mode.replacing ? { replaces: { orderIds: [mode.replacing.id], reason: draft.replaceReason } } : {}),
  };
  return { input, bad };
}
