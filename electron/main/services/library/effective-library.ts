import type { CarTProduct, ClinicalLibrary, Drug, InfusionMinutes, Regimen } from '../../../../shared/clinical';
import type { CenterRegimenSummary, EffectiveOverride } from '../../../../shared/ipc/contract/library-overrides';
import {
  applyOverride,
  overrideTargets,
  type OverridableRecord,
  type OverrideRecordKind,
} from '../../../../shared/library/targets';
import type { CoreDeps } from '../../core/deps';
import {
  listCenterRegimens,
  listOverrides,
  longestOpeningDayMinutes,
  type StoredCenterRegimen,
  type StoredOverride,
} from '../../repositories/library-overrides';
import type { Executor } from '../audit/audit';
import { centerRegimenIssues } from '../center/center-regimen-rules';

// The effective library: the shipped, validated library of the running app version, plus the center's
// overrides and center regimens from the database. Shipped records stay frozen: only the records a center
// value touches are cloned. Every code path that turns library data into plans should read this.

export interface EffectiveLibrary extends ClinicalLibrary {
  /** Every stored override, with the shipped value beside the center value and its review status. */
  readonly overrides: readonly EffectiveOverride[];
  /** Center regimens; those with problems are listed here but left out of `regimens`. */
  readonly centerRegimens: readonly CenterRegimenSummary[];
  /** The center's longest opening day (1,440 min when none is set up): the ceiling for any chair time. */
  readonly longestDayMinutes: number;
}

const FULL_DAY_MINUTES = 24 * 60;

export async function longestDayMinutes(db: Executor): Promise<number> {
  return (await longestOpeningDayMinutes(db)) ?? FULL_DAY_MINUTES;
}

/** "Pembrolizumab (Keytruda)" for drugs and CAR T products, the name for regimens. */
export function recordTitle(record: Drug | CarTProduct | Regimen): string {
  if ('name' in record) return record.name;
  return `${record.genericName.charAt(0).toUpperCase()}${record.genericName.slice(1)} (${record.brandName})`;
}

/** The shipped record an override points at, as the target catalog takes it. */
export function shippedRecord(
  library: ClinicalLibrary,
  kind: OverrideRecordKind,
  id: string,
): OverridableRecord | null {
  switch (kind) {
    case 'drug': {
      const record = library.drugs.find((d) => d.id === id);
      return record ? { kind, record } : null;
    }
    case 'regimen': {
      const record = library.regimens.find((r) => r.id === id);
      return record ? { kind, record } : null;
    }
    case 'car-t': {
      const record = library.carTProducts.find((p) => p.id === id);
      return record ? { kind, record } : null;
    }
  }
}

export const drugMinutesOf =
  (drugs: readonly Drug[]) =>
  (drugId: string): InfusionMinutes | undefined =>
    drugs.find((d) => d.id === drugId)?.infusionMinutes;

/** How one stored override stands against the shipped library of the running version. */
export function describeOverride(shipped: ClinicalLibrary, stored: StoredOverride): EffectiveOverride {
  const version = shipped.manifest.libraryVersion;
  const found = shippedRecord(shipped, stored.recordKind, stored.recordId);
  const target = found
    ? overrideTargets(found, drugMinutesOf(shipped.drugs)).find((t) => t.path === stored.fieldPath)
    : undefined;
  const common = {
    recordKind: stored.recordKind,
    recordId: stored.recordId,
    recordTitle: found ? recordTitle(found.record) : stored.recordId,
    fieldPath: stored.fieldPath,
    centerValue: stored.value,
    shippedValueWhenMade: stored.shippedValueWhenMade,
    madeAgainstVersion: stored.libraryVersion,
    overriddenAt: stored.savedAt,
    by: stored.savedBy,
    reason: stored.reason,
  };
  if (target === undefined) {
    const what = found ? 'this field is no longer' : 'this record is no longer';
    return {
      ...common,
      fieldKind: null,
      context: null,
      shippedValue: null,
      status: 'review-missing',
      isApplied: false,
      review: `review: ${what} in library ${version}; the center value is not used`,
    };
  }
  const hasChanged = target.shippedValue !== stored.shippedValueWhenMade;
  return {
    ...common,
    fieldKind: target.fieldKind,
    context: target.context,
    shippedValue: target.shippedValue,
    status: hasChanged ? 'review-changed' : 'applied',
    isApplied: true,
    review: hasChanged ? `review: shipped value changed in library ${version}` : null,
  };
}

/** Copies of the records that applied overrides touch, with the center values written in. */
function applyAll<T extends { id: string }>(
  records: readonly T[],
  overrides: readonly EffectiveOverride[],
  kind: OverrideRecordKind,
  drugMinutes: (drugId: string) => InfusionMinutes | undefined,
): T[] {
  return records.map((record) => {
    const mine = overrides.filter((o) => o.isApplied && o.recordKind === kind && o.recordId === record.id);
    if (mine.length === 0) return record;
    const copy = structuredClone(record);
    for (const o of mine) applyOverride(copy, o.fieldPath, o.centerValue, drugMinutes);
    return copy;
  });
}

function centerRegimenSummary(stored: StoredCenterRegimen, problems: string[]): CenterRegimenSummary {
  const record = (stored.record ?? {}) as Partial<Regimen>;
  return {
    id: stored.id,
    name: typeof record.name === 'string' ? record.name : stored.id,
    setting: typeof record.setting === 'string' ? record.setting : '',
    savedAt: stored.savedAt,
    by: stored.savedBy,
    reason: stored.reason,
    madeAgainstVersion: stored.libraryVersion,
    problems,
  };
}

/** Builds the effective library from the shipped one and the stored center changes. Pure. */
export function buildEffectiveLibrary(
  shipped: ClinicalLibrary,
  stored: {
    overrides: readonly StoredOverride[];
    centerRegimens: readonly StoredCenterRegimen[];
    longestDayMinutes: number;
  },
): EffectiveLibrary {
  const overrides = stored.overrides.map((o) => describeOverride(shipped, o));
  const drugs = applyAll(shipped.drugs, overrides, 'drug', drugMinutesOf(shipped.drugs));
  const regimens = applyAll(shipped.regimens, overrides, 'regimen', drugMinutesOf(drugs));
  const carTProducts = applyAll(shipped.carTProducts, overrides, 'car-t', () => undefined);
  const withOverrides = { ...shipped, drugs, regimens, carTProducts };
  const centerRegimens: CenterRegimenSummary[] = [];
  const usable: Regimen[] = [];
  for (const entry of stored.centerRegimens) {
    const issues = centerRegimenIssues(entry.record, withOverrides, stored.longestDayMinutes);
    centerRegimens.push(
      centerRegimenSummary(
        entry,
        issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
      ),
    );
    if (issues.length === 0) usable.push(entry.record as Regimen);
  }
  return {
    ...withOverrides,
    regimens: [...regimens, ...usable],
    overrides,
    centerRegimens,
    longestDayMinutes: stored.longestDayMinutes,
  };
}

/**
 * A center-policy value for a drug (`firstDoseObservationMinutes`, `restartRatePercent`), or null when the
 * center has set none: the caller then applies its own center-wide default. No label sets these.
 */
export function centerPolicyValue(
  library: EffectiveLibrary,
  drugId: string,
  key: 'firstDoseObservationMinutes' | 'restartRatePercent',
): number | null {
  const found = library.overrides.find(
    (o) => o.isApplied && o.recordKind === 'drug' && o.recordId === drugId && o.fieldPath === `centerPolicy.${key}`,
  );
  return found?.centerValue ?? null;
}

/**
 * The library every clinical code path should use: the shipped data of this app version with the center's
 * overrides and regimens. Read inside a transaction by passing it as `ex`.
 */
export async function effectiveLibrary(deps: CoreDeps, ex: Executor = deps.store.db): Promise<EffectiveLibrary> {
  const overrides = await listOverrides(ex);
  const centerRegimens = await listCenterRegimens(ex);
  const longest = await longestDayMinutes(ex);
  return buildEffectiveLibrary(deps.library, { overrides, centerRegimens, longestDayMinutes: longest });
}
