import type { ClinicalLibrary, Regimen } from '../../../../shared/clinical';
import { carTProductSchema, drugSchema, regimenDrugIds } from '../../../../shared/clinical';
import type {
  CenterRegimenSummary,
  EffectiveOverride,
  OverrideList,
  RemoveOverrideInput,
  SaveCenterRegimenInput,
  SaveOverrideInput,
} from '../../../../shared/ipc/contract/library-overrides';
import { libraryRegimenRecord } from '../../../../shared/ipc/contract/library-overrides';
import { parseWithWords } from '../../../../shared/ipc/validation-words';
import { overrideTargets, overrideValueProblem, type OverrideTarget } from '../../../../shared/library/targets';
import { AppError, invalid, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import {
  deleteOverride,
  findCenterRegimen,
  findOverride,
  listCenterRegimens,
  listOverrides,
  upsertCenterRegimen,
  upsertOverride,
  type StoredOverride,
} from '../../repositories/library-overrides';
import type { Executor } from '../audit/audit';
import { centerRegimenIssues, chairTimeIssues } from '../center/center-regimen-rules';
import {
  buildEffectiveLibrary,
  drugMinutesOf,
  effectiveLibrary,
  longestDayMinutes,
  shippedRecord,
  type EffectiveLibrary,
} from './effective-library';

// Saving and removing center values, and center regimens: each refused with the field named when impossible,
// and written together with its audit event in one transaction.

type OverrideKey = Pick<StoredOverride, 'recordKind' | 'recordId' | 'fieldPath'>;
const keyText = (k: OverrideKey) => `${k.recordKind}/${k.recordId}/${k.fieldPath}`;

function findTarget(library: ClinicalLibrary, input: OverrideKey): OverrideTarget {
  const found = shippedRecord(library, input.recordKind, input.recordId);
  if (!found) throw notFound('library-record-not-found', `Library record ${input.recordKind} "${input.recordId}"`);
  const target = overrideTargets(found, drugMinutesOf(library.drugs)).find((t) => t.path === input.fieldPath);
  if (!target)
    throw invalid(
      'fieldPath',
      'field-not-overridable',
      `${input.fieldPath} is not a value a center can change on this record`,
    );
  return target;
}

/** The record with the center value applied must still pass the library's own schema. */
function schemaProblem(effective: EffectiveLibrary, input: OverrideKey): string | null {
  const parse = () => {
    switch (input.recordKind) {
      case 'drug':
        return parseWithWords(
          drugSchema,
          effective.drugs.find((d) => d.id === input.recordId),
        );
      case 'regimen':
        return parseWithWords(
          libraryRegimenRecord,
          effective.regimens.find((r) => r.id === input.recordId),
        );
      case 'car-t':
        return parseWithWords(
          carTProductSchema,
          effective.carTProducts.find((p) => p.id === input.recordId),
        );
    }
  };
  const result = parse();
  return result.success ? null : (result.issues[0]?.message ?? 'Not a valid value');
}

/** Visits that the new value would make longer than the center's day (a drug's time counts in every regimen). */
function chairTimeProblem(effective: EffectiveLibrary, input: OverrideKey): string | null {
  const affected: Regimen[] = effective.regimens.filter((r) =>
    input.recordKind === 'drug' ? regimenDrugIds(r).includes(input.recordId) : r.id === input.recordId,
  );
  const drugs = new Map(effective.drugs.map((d) => [d.id, d]));
  for (const regimen of affected) {
    const issue = chairTimeIssues(regimen, drugs, effective.longestDayMinutes)[0];
    if (issue) return `With this value, ${regimen.name}: ${issue.message}`;
  }
  return null;
}

export function createLibraryOverridesService(deps: CoreDeps) {
  const version = deps.library.manifest.libraryVersion;

  async function checkedOverride(trx: Executor, input: SaveOverrideInput, at: string, ctx: RequestContext) {
    const target = findTarget(deps.library, input);
    const longest = await longestDayMinutes(trx);
    const problem = overrideValueProblem(target, input.value, longest);
    if (problem) throw invalid(input.fieldPath, 'override-value-refused', problem);
    const candidate: StoredOverride = {
      ...input,
      shippedValueWhenMade: target.shippedValue,
      libraryVersion: version,
      savedAt: at,
      savedBy: ctx.userId,
    };
    const others = (await listOverrides(trx)).filter((o) => keyText(o) !== keyText(input));
    const effective = buildEffectiveLibrary(deps.library, {
      overrides: [...others, candidate],
      centerRegimens: await listCenterRegimens(trx),
      longestDayMinutes: longest,
    });
    const refused = schemaProblem(effective, input) ?? chairTimeProblem(effective, input);
    if (refused) throw invalid(input.fieldPath, 'override-value-refused', refused);
    const described = effective.overrides.find((o) => keyText(o) === keyText(input));
    if (!described) throw new Error(`Override ${keyText(input)} vanished while being checked`);
    return { candidate, described };
  }

  async function save(input: SaveOverrideInput, ctx: RequestContext): Promise<EffectiveOverride> {
    return deps.write(ctx, async (trx, { at, audit }) => {
      const { candidate, described } = await checkedOverride(trx, input, at, ctx);
      const before = await findOverride(trx, input);
      await upsertOverride(trx, candidate);
      await audit({
        action: 'library.save-override',
        objectType: 'library_override',
        objectId: keyText(input),
        detail: {
          shippedValue: candidate.shippedValueWhenMade,
          before: before?.value ?? null,
          after: input.value,
          reason: input.reason,
          libraryVersion: version,
        },
      });
      return described;
    });
  }

  async function remove(input: RemoveOverrideInput, ctx: RequestContext): Promise<{ removed: true }> {
    return deps.write(ctx, async (trx, { audit }) => {
      const existing = await findOverride(trx, input);
      if (!existing || !(await deleteOverride(trx, input))) throw notFound('override-not-found', 'This center value');
      await audit({
        action: 'library.remove-override',
        objectType: 'library_override',
        objectId: keyText(input),
        detail: { removedValue: existing.value, madeAgainstVersion: existing.libraryVersion, reason: input.reason },
      });
      return { removed: true as const };
    });
  }

  async function list(): Promise<OverrideList> {
    const effective = await effectiveLibrary(deps);
    return {
      libraryVersion: version,
      longestDayMinutes: effective.longestDayMinutes,
      overrides: [...effective.overrides],
      centerRegimens: [...effective.centerRegimens],
    };
  }

  async function saveCenterRegimen(input: SaveCenterRegimenInput, ctx: RequestContext): Promise<CenterRegimenSummary> {
    return deps.write(ctx, async (trx, { at, audit }) => {
      const effective = await effectiveLibrary(deps, trx);
      const issues = centerRegimenIssues(input.regimen, effective, effective.longestDayMinutes).map((issue) => ({
        path: issue.path ? `regimen.${issue.path}` : 'regimen',
        message: issue.message,
        code: 'center-regimen-refused',
      }));
      if (issues.length > 0) {
        const first = issues[0]!;
        throw new AppError('invalid', `${first.path}: ${first.message}`, issues);
      }
      const before = await findCenterRegimen(trx, input.regimen.id);
      const stored = {
        id: input.regimen.id,
        record: input.regimen,
        libraryVersion: version,
        reason: input.reason,
        savedAt: at,
        savedBy: ctx.userId,
      };
      await upsertCenterRegimen(trx, stored);
      await audit({
        action: 'library.save-center-regimen',
        objectType: 'center_regimen',
        objectId: input.regimen.id,
        detail: {
          name: input.regimen.name,
          isNew: before === null,
          before: before?.record ?? null,
          reason: input.reason,
          libraryVersion: version,
        },
      });
      return {
        id: stored.id,
        name: input.regimen.name,
        setting: input.regimen.setting,
        savedAt: at,
        by: ctx.userId,
        reason: input.reason,
        madeAgainstVersion: version,
        problems: [],
      };
    });
  }

  return { save, remove, list, saveCenterRegimen };
}
