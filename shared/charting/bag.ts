import { z } from 'zod';
import { calendarDate, numberIn, rateMlPerHour, shortLabel, volumeMl, type SchemaMode } from './common';

// What each nurse reads off the prepared bag or syringe before a drug is started, and the independent double
// check (ASCO-ONS administration safety standards): the first nurse records her reading in the administration
// record; the second nurse types her own reading without seeing the first one; main compares both readings
// with the verified order, field by field. A start needs every field to match.

export const ROUTES = ['IV', 'SC'] as const;
export type Route = (typeof ROUTES)[number];

export const BAG_FIELDS = ['drug', 'dose', 'volume', 'rate', 'route', 'lot', 'expiry'] as const;
export type BagField = (typeof BAG_FIELDS)[number];

/** A dose on the label, in mg: above 0, at most 10,000 mg (input sanity, not a clinical limit). */
export const labelDoseMg = z
  .number('Enter the dose on the label in mg')
  .gt(0, 'The dose must be above 0 mg')
  .max(10_000, 'The dose must be at most 10,000 mg (input sanity limit)');

export function bagReadingFor<M extends SchemaMode>(mode: M) {
  return z
    .object({
      drugId: z.string().min(1).max(80).nullable(),
      doseMg: numberIn(mode, labelDoseMg).nullable(),
      volumeMl: numberIn(mode, volumeMl).nullable(),
      rateMlPerHour: numberIn(mode, rateMlPerHour).nullable(),
      route: z.enum(ROUTES).nullable(),
      lot: shortLabel(40),
      /** A date (YYYY-MM-DD); a draft keeps a date still being typed as it is. */
      expiry: (mode === 'signed' ? calendarDate : shortLabel(20)).nullable() as z.ZodNullable<z.ZodString>,
    })
    .strict();
}
export const bagReading = bagReadingFor('signed');
export const bagReadingDraft = bagReadingFor('draft');
export type BagReading = z.infer<typeof bagReading>;
export type BagReadingDraft = z.infer<typeof bagReadingDraft>;

export const EMPTY_BAG: BagReadingDraft = {
  drugId: null,
  doseMg: null,
  volumeMl: null,
  rateMlPerHour: null,
  route: null,
  lot: '',
  expiry: null,
};

/** What the verified order says for one drug (null where the order gives no value, e.g. no volume). */
export interface OrderedDrug {
  drugId: string;
  doseMg: number | null;
  volumeMl: number | null;
  rateMlPerHour: number | null;
  route: Route;
}

export const CHECK_RESULTS = ['match', 'mismatch', 'missing', 'expired'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const fieldCheck = z
  .object({
    field: z.enum(BAG_FIELDS),
    result: z.enum(CHECK_RESULTS),
    /** Whether the order states this field (lot and expiry never are; volume and rate sometimes). */
    ordered: z.boolean(),
  })
  .strict();
export type FieldCheck = z.infer<typeof fieldCheck>;

type Value = string | number | null;

function valuesOf(reading: BagReadingDraft): Record<BagField, Value> {
  return {
    drug: reading.drugId,
    dose: reading.doseMg,
    volume: reading.volumeMl,
    rate: reading.rateMlPerHour,
    route: reading.route,
    lot: reading.lot.trim().toUpperCase() || null,
    expiry: reading.expiry,
  };
}

function orderedValue(order: OrderedDrug, field: BagField): Value {
  const values: Record<BagField, Value> = {
    drug: order.drugId,
    dose: order.doseMg,
    volume: order.volumeMl,
    rate: order.rateMlPerHour,
    route: order.route,
    lot: null,
    expiry: null,
  };
  return values[field];
}

/**
 * Both readings against each other and against the order, field by field. A field matches when both nurses
 * read the same usable value and, where the order states it, that value is the ordered one; an expiry before
 * `today` is `expired` even when both agree. Text that is not a number never matches anything.
 */
export function compareReadings(
  order: OrderedDrug,
  first: BagReadingDraft,
  second: BagReadingDraft,
  today: string,
): FieldCheck[] {
  const a = valuesOf(first);
  const b = valuesOf(second);
  return BAG_FIELDS.map((field) => {
    const ordered = orderedValue(order, field);
    const isOrdered = ordered !== null;
    const usable = (v: Value) =>
      v !== null &&
      !(typeof v === 'string' && ['dose', 'volume', 'rate'].includes(field)) &&
      !(field === 'expiry' && !/^\d{4}-\d{2}-\d{2}$/.test(String(v)));
    if (!usable(a[field]) || !usable(b[field])) return { field, result: 'missing', ordered: isOrdered };
    const agree = a[field] === b[field] && (!isOrdered || a[field] === ordered);
    if (!agree) return { field, result: 'mismatch', ordered: isOrdered };
    if (field === 'expiry' && (a.expiry as string) < today) return { field, result: 'expired', ordered: isOrdered };
    return { field, result: 'match', ordered: isOrdered };
  });
}

export const allMatch = (checks: readonly FieldCheck[]): boolean =>
  checks.length === BAG_FIELDS.length && checks.every((c) => c.result === 'match');
