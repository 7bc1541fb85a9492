import { z } from 'zod';
import { regimenSchema } from '../../clinical';
import { OVERRIDE_FIELD_KINDS, OVERRIDE_RECORD_KINDS } from '../../library/targets';
import { empty, isoDateTime, shortText } from '../schemas';

// Center overrides of shipped library values, and center regimens. The shipped files are never written: the
// effective library is the shipped data of the running app version plus these rows.

export const overrideRecordKind = z.enum(OVERRIDE_RECORD_KINDS);
export const overrideFieldKind = z.enum(OVERRIDE_FIELD_KINDS);

const recordRef = z.string().min(1).max(80);
const fieldPath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/, 'Expected a dotted field path such as infusionMinutes.first');
export const overrideReason = shortText(500).min(3, 'Give a reason (at least 3 characters)');

export const OVERRIDE_STATUSES = ['applied', 'review-changed', 'review-missing'] as const;

/**
 * One center value as the effective library reports it. `shippedValue` is what the running library ships
 * now (null for a center-policy field, or when the field no longer exists); `shippedValueWhenMade` is what it
 * shipped when the center made the override, so an upgrade that changes it is flagged for review.
 */
export const effectiveOverride = z.object({
  recordKind: overrideRecordKind,
  recordId: z.string(),
  recordTitle: z.string(),
  fieldPath: z.string(),
  fieldKind: overrideFieldKind.nullable(),
  context: z.string().nullable(),
  shippedValue: z.number().nullable(),
  centerValue: z.number(),
  shippedValueWhenMade: z.number().nullable(),
  madeAgainstVersion: z.string(),
  overriddenAt: isoDateTime,
  by: z.string().nullable(),
  reason: z.string(),
  /** review-changed: still applied, the shipped value moved since; review-missing: the field is gone, not applied. */
  status: z.enum(OVERRIDE_STATUSES),
  isApplied: z.boolean(),
  review: z.string().nullable(),
});
export type EffectiveOverride = z.infer<typeof effectiveOverride>;

export const CENTER_REGIMEN_PREFIX = 'center:';
const kebab = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Shipped ids are kebab-case; center ids carry the `center:` namespace, so the two can never collide. */
export const libraryRegimenId = z
  .string()
  .regex(new RegExp(`^(?:${CENTER_REGIMEN_PREFIX})?${kebab}$`), 'Expected a regimen id');

/** A center regimen: the library's own regimen rules, with a namespaced id. */
export const centerRegimenRecord = regimenSchema.safeExtend({
  id: z
    .string()
    .regex(
      new RegExp(`^${CENTER_REGIMEN_PREFIX}${kebab}$`),
      'Center regimen ids are "center:" then lower-case words joined by hyphens',
    ),
});

/** A regimen as the library screen shows it, shipped or center. */
export const libraryRegimenRecord = regimenSchema.safeExtend({ id: libraryRegimenId });

export const centerRegimenSummary = z.object({
  id: z.string(),
  name: z.string(),
  setting: z.string(),
  savedAt: isoDateTime,
  by: z.string().nullable(),
  reason: z.string(),
  madeAgainstVersion: z.string(),
  /** Problems found when the current shipped library is checked against it (a drug it uses was removed). */
  problems: z.array(z.string()),
});
export type CenterRegimenSummary = z.infer<typeof centerRegimenSummary>;

export const overrideList = z.object({
  libraryVersion: z.string(),
  /** The center's longest opening day in minutes (1,440 when no hours are set up): no chair time may exceed it. */
  longestDayMinutes: z.number().int(),
  overrides: z.array(effectiveOverride),
  centerRegimens: z.array(centerRegimenSummary),
});
export type OverrideList = z.infer<typeof overrideList>;

export const saveOverrideInput = z
  .object({
    recordKind: overrideRecordKind,
    recordId: recordRef,
    fieldPath,
    value: z.number(),
    reason: overrideReason,
  })
  .strict();
export type SaveOverrideInput = z.infer<typeof saveOverrideInput>;

export const removeOverrideInput = z
  .object({ recordKind: overrideRecordKind, recordId: recordRef, fieldPath, reason: overrideReason })
  .strict();
export type RemoveOverrideInput = z.infer<typeof removeOverrideInput>;

export const saveCenterRegimenInput = z.object({ regimen: centerRegimenRecord, reason: overrideReason }).strict();
export type SaveCenterRegimenInput = z.infer<typeof saveCenterRegimenInput>;

export const libraryOverrideChannels = {
  'library:list-overrides': { input: empty, output: overrideList, access: 'user' as const },
  'library:save-override': { input: saveOverrideInput, output: effectiveOverride, access: 'manage' as const },
  'library:remove-override': {
    input: removeOverrideInput,
    output: z.object({ removed: z.literal(true) }),
    access: 'manage' as const,
  },
  'library:save-center-regimen': {
    input: saveCenterRegimenInput,
    output: centerRegimenSummary,
    access: 'manage' as const,
  },
};
