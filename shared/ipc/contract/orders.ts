import { z } from 'zod';
import { entityId, isoDateTime, shortText } from '../schemas';

// The order a plan's doses are given under (migration 0410). An order covers a run of the plan's doses that
// give the same drugs (one dose by default) with one line per drug, and comes from a prescriber: signed by
// her own account, or entered as an external order by a nurse who names her, copies the order's reference
// and reads it back. A pharmacist verifies it once; each dose it covers is then released on its own day,
// while the plan is active. Orders are never edited, only replaced (with a reason) or rejected.

export const ORDER_SOURCES = ['prescriber', 'external'] as const;
export type OrderSource = (typeof ORDER_SOURCES)[number];
export const ORDER_STATUSES = ['awaiting-verification', 'verified', 'rejected', 'replaced'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** Orders that still govern their doses; at most one covers a dose (a trigger in 0410 guarantees it). */
export const CURRENT_ORDER_STATUSES = ['awaiting-verification', 'verified'] as const satisfies readonly OrderStatus[];
export const ROUTES = ['IV', 'SC'] as const;
export type OrderRoute = (typeof ROUTES)[number];

/** Sanity limits for typing errors (a volume of 25,000 mL), not clinical limits. */
export const ORDER_LIMITS = {
  doseMgMax: 100_000,
  volumeMlMax: 5_000,
  rateMlPerHourMax: 5_000,
  infusionMinutesMax: 24 * 60,
  linesMax: 10,
} as const;

const reason = shortText(500).min(3, 'Give a reason (at least 3 characters)');
const secret = z.string().min(1, 'Required').max(128);

export const orderLineInput = z
  .object({
    drugId: z.string().min(1).max(80),
    /** Null only for a drug the plan gives as text (lymphodepletion agents, CAR T cells). */
    doseMg: z.number().positive().max(ORDER_LIMITS.doseMgMax).nullable(),
    route: z.enum(ROUTES),
    diluent: shortText(120).nullable(),
    volumeMl: z.number().positive().max(ORDER_LIMITS.volumeMlMax).nullable(),
    infusionMinutes: z.number().int().positive().max(ORDER_LIMITS.infusionMinutesMax).nullable(),
    rateMlPerHour: z.number().positive().max(ORDER_LIMITS.rateMlPerHourMax).nullable(),
  })
  .strict();
export type OrderLineInput = z.infer<typeof orderLineInput>;

export const enterOrderInput = z
  .object({
    planId: entityId,
    firstDose: z.number().int().positive(),
    lastDose: z.number().int().positive(),
    lines: z.array(orderLineInput).min(1).max(ORDER_LIMITS.linesMax),
    /** Present for an order written outside Chairside and entered by a nurse; absent when a prescriber signs. */
    external: z
      .object({
        prescriberName: shortText(120),
        reference: shortText(80),
        /** The nurse confirms she read the whole order back to the prescriber, who confirmed it. */
        readBack: z.boolean(),
      })
      .strict()
      .optional(),
    /** The current orders this one replaces (they cover some of the same doses), and why. */
    replaces: z
      .object({ orderIds: z.array(entityId).min(1).max(20), reason })
      .strict()
      .optional(),
    /** The signed-in user's own password or PIN: entering an order is a signature. */
    secret,
  })
  .strict();
export type EnterOrderInput = z.infer<typeof enterOrderInput>;

export const orderLine = z.object({
  drugId: z.string(),
  drugName: z.string(),
  doseMg: z.number().nullable(),
  /** The mg/kg the dose was worked out from, for a weight-based dose. */
  doseMgPerKg: z.number().nullable(),
  /** "216 mg (3 mg/kg)", or the label's words when the plan gives the dose as text. */
  doseText: z.string(),
  route: z.enum(ROUTES),
  diluent: z.string().nullable(),
  volumeMl: z.number().nullable(),
  rateMlPerHour: z.number().nullable(),
  infusionMinutes: z.number().int().nullable(),
  /** The plan's dose for this drug when the order says something else (shown to the pharmacist). */
  planDoseText: z.string().nullable(),
  /** That plan dose in mg, written the reader's way on screen; null when the plan gives it as text. */
  planDoseMg: z.number().nullable(),
});
export type OrderLineView = z.infer<typeof orderLine>;

const who = z.object({ id: z.string(), name: z.string() });

export const planOrder = z.object({
  id: entityId,
  planId: entityId,
  firstDose: z.number().int(),
  lastDose: z.number().int(),
  source: z.enum(ORDER_SOURCES),
  prescriberName: z.string(),
  externalReference: z.string().nullable(),
  readBackBy: who.nullable(),
  enteredBy: who,
  enteredAt: isoDateTime,
  status: z.enum(ORDER_STATUSES),
  verifiedBy: who.nullable(),
  verifiedAt: isoDateTime.nullable(),
  closedBy: who.nullable(),
  closedAt: isoDateTime.nullable(),
  closedReason: z.string().nullable(),
  replacedBy: z.string().nullable(),
  lines: z.array(orderLine),
});
export type PlanOrder = z.infer<typeof planOrder>;

export const RELEASE_STATUSES = ['released', 'no-order', 'awaiting-verification', 'plan-not-active'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const doseRelease = z.object({
  doseNumber: z.number().int(),
  status: z.enum(RELEASE_STATUSES),
  orderId: z.string().nullable(),
});
export type DoseRelease = z.infer<typeof doseRelease>;

export const planOrders = z.object({
  planId: entityId,
  orders: z.array(planOrder),
  /** Every dose of the plan and whether it may be given now, as the double check will see it. */
  releases: z.array(doseRelease),
  /** The library's route for the plan's drugs that the library has (the order form starts from it). */
  routes: z.record(z.string(), z.enum(ROUTES)),
});
export type PlanOrders = z.infer<typeof planOrders>;

const byOrder = { orderId: entityId, secret };

export const orderChannels = {
  'orders:list-for-plan': { input: z.object({ planId: entityId }).strict(), output: planOrders },
  'orders:enter': { input: enterOrderInput, output: planOrder },
  'orders:verify': { input: z.object(byOrder).strict(), output: planOrder },
  'orders:reject': { input: z.object({ ...byOrder, reason }).strict(), output: planOrder },
};
