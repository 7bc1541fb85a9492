import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  CenterChair,
  CenterLimits,
  chairInput,
  Closure,
  OpeningDay,
} from '../../../../shared/ipc/contract/center';
import type { CoreDeps } from '../../core/deps';
import { invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import * as repo from '../../repositories/center';
import { conflictOn, diffFields } from '../audit/audit-diff';
import { checkDaysFitVisits, fixedVisitMinutes, hoursByDay } from './center-audit';
import { clinicToday } from './clinic-clock';

// Chairs, opening hours, closures and scheduling limits: each save validated, written and audited in one
// transaction, so a refused save changes nothing.

type ChairInput = z.output<typeof chairInput>;
const LIMIT_FIELDS_IN_VISIT = [
  'preAssessmentMinutes',
  'postInfusionObservationMinutes',
  'firstDoseExtraObservationMinutes',
] as const;

export function createCenterPlacesService(deps: CoreDeps) {
  const today = () => clinicToday(deps);

  async function saveChair(input: ChairInput, ctx: RequestContext): Promise<CenterChair> {
    return deps.write(ctx, async (trx, { audit }) => {
      const before = input.id ? await repo.findChair(trx, input.id) : null;
      if (input.id && !before) throw notFound('chair-not-found', 'The chair');
      const clash = await repo.findChairIdByName(trx, input.name);
      if (clash && clash !== input.id)
        throw conflictOn('name', 'chair-name-taken', 'Another chair already has this name');
      const sortOrder = input.sortOrder ?? before?.sortOrder ?? (await repo.nextChairSortOrder(trx));
      const after: CenterChair = { ...input, id: before?.id ?? randomUUID(), sortOrder };
      const diff = diffFields(before, after);
      if (before && diff.changed.length === 0) return before;
      await repo.upsertChair(trx, after);
      await audit({
        action: before ? 'update' : 'create',
        objectType: 'chair',
        objectId: after.id,
        detail: diff,
      });
      return after;
    });
  }

  async function saveHours(days: OpeningDay[], ctx: RequestContext): Promise<OpeningDay[]> {
    return deps.write(ctx, async (trx, { audit }) => {
      checkDaysFitVisits(days, await repo.readLimits(trx), (i) => `days.${i}.closeMinute`);
      const before = await repo.listHours(trx);
      for (const day of days) await repo.upsertHours(trx, day);
      const after = await repo.listHours(trx);
      const diff = diffFields(hoursByDay(before), hoursByDay(after));
      if (diff.changed.length > 0)
        await audit({ action: 'update', objectType: 'opening_hours', objectId: null, detail: diff });
      return after;
    });
  }

  async function saveClosure(closure: Closure, ctx: RequestContext): Promise<Closure> {
    if (closure.date < today()) throw invalid('date', 'date-in-past', 'Cannot be in the past');
    return deps.write(ctx, async (trx, { audit }) => {
      const before = await repo.findClosure(trx, closure.date);
      if (before?.reason === closure.reason) return before;
      await repo.upsertClosure(trx, closure);
      const detail = diffFields(before, closure);
      await audit({
        action: before ? 'update' : 'create',
        objectType: 'closure',
        objectId: closure.date,
        detail,
      });
      return closure;
    });
  }

  async function deleteClosure(date: string, ctx: RequestContext): Promise<{ deleted: boolean }> {
    return deps.write(ctx, async (trx, { audit }) => {
      const before = await repo.findClosure(trx, date);
      if (!before) return { deleted: false };
      await repo.deleteClosureRow(trx, date);
      await audit({ action: 'delete', objectType: 'closure', objectId: date, detail: { before } });
      return { deleted: true };
    });
  }

  async function saveLimits(changes: Partial<CenterLimits>, ctx: RequestContext): Promise<CenterLimits> {
    return deps.write(ctx, async (trx, { audit }) => {
      const before = await repo.readLimits(trx);
      const after: CenterLimits = { ...before, ...stripUndefined(changes) };
      checkVisitFitsHours(after, await repo.listHours(trx), changes);
      const diff = diffFields(before, after);
      if (diff.changed.length === 0) return before;
      await repo.writeLimits(trx, after);
      await audit({ action: 'update', objectType: 'center_limits', objectId: null, detail: diff });
      return after;
    });
  }

  return { saveChair, saveHours, saveClosure, deleteClosure, saveLimits };
}

/** Pre-assessment plus observation must leave room for an infusion on the shortest open day. */
function checkVisitFitsHours(limits: CenterLimits, hours: OpeningDay[], changes: Partial<CenterLimits>): void {
  const open = hours.filter((h) => !h.isClosed).map((h) => h.closeMinute - h.openMinute);
  if (open.length === 0) return;
  const shortest = Math.min(...open);
  if (fixedVisitMinutes(limits) < shortest) return;
  const field = LIMIT_FIELDS_IN_VISIT.find((f) => changes[f] !== undefined) ?? LIMIT_FIELDS_IN_VISIT[0];
  throw invalid(
    field,
    'visit-longer-than-day',
    `Pre-assessment and observation together (${fixedVisitMinutes(limits)} min) must be shorter than the shortest opening day (${shortest} min)`,
    { minutes: fixedVisitMinutes(limits), shortest },
  );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
