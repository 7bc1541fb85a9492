import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { nurseInput, ShiftOverride, WeeklyShift } from '../../../../shared/ipc/contract/center';
import type { CoreDeps } from '../../core/deps';
import { invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import * as repo from '../../repositories/center-staff';
import type { Executor } from '../audit/audit';
import { diffFields } from '../audit/audit-diff';
import { shiftsByDay } from './center-audit';
import { clinicToday } from './clinic-clock';

// Nurses, their weekly shifts and one-day changes: validated, written and audited in one transaction.

type NurseInput = z.output<typeof nurseInput>;

export function createCenterStaffService(deps: CoreDeps) {
  const today = () => clinicToday(deps);

  async function requireNurse(trx: Executor, id: string): Promise<repo.Nurse> {
    const nurse = await repo.findNurse(trx, id);
    if (!nurse) throw invalid('nurseId', 'nurse-unknown', 'No such nurse');
    return nurse;
  }

  async function saveNurse(input: NurseInput, ctx: RequestContext): Promise<repo.Nurse> {
    return deps.write(ctx, async (trx, { audit }) => {
      const before = input.id ? await repo.findNurse(trx, input.id) : null;
      if (input.id && !before) throw notFound('nurse-not-found', 'The nurse');
      const after: repo.Nurse = { ...input, initials: input.initials.toUpperCase(), id: before?.id ?? randomUUID() };
      const diff = diffFields(before, after);
      if (before && diff.changed.length === 0) return before;
      await repo.upsertNurse(trx, after);
      await audit({
        action: before ? 'update' : 'create',
        objectType: 'nurse',
        objectId: after.id,
        detail: diff,
      });
      return after;
    });
  }

  async function saveShifts(nurseId: string, shifts: WeeklyShift[], ctx: RequestContext): Promise<WeeklyShift[]> {
    return deps.write(ctx, async (trx, { audit }) => {
      await requireNurse(trx, nurseId);
      const before = await repo.listShifts(trx, nurseId);
      await repo.replaceShifts(trx, nurseId, shifts);
      const after = await repo.listShifts(trx, nurseId);
      const diff = diffFields(shiftsByDay(before), shiftsByDay(after));
      if (diff.changed.length > 0)
        await audit({ action: 'update', objectType: 'nurse_shift', objectId: nurseId, detail: diff });
      return after;
    });
  }

  async function saveOverride(change: ShiftOverride, ctx: RequestContext): Promise<ShiftOverride> {
    if (change.date < today()) throw invalid('date', 'date-in-past', 'Cannot be in the past');
    const normalised: ShiftOverride = change.isOff ? { ...change, startMinute: null, endMinute: null } : change;
    return deps.write(ctx, async (trx, { audit }) => {
      await requireNurse(trx, change.nurseId);
      const before = await repo.findOverride(trx, change.date, change.nurseId);
      const diff = diffFields(before, normalised);
      if (before && diff.changed.length === 0) return before;
      await repo.upsertOverride(trx, normalised);
      const objectId = `${change.date}/${change.nurseId}`;
      await audit({
        action: before ? 'update' : 'create',
        objectType: 'nurse_shift_override',
        objectId,
        detail: diff,
      });
      return normalised;
    });
  }

  async function deleteOverride(date: string, nurseId: string, ctx: RequestContext): Promise<{ deleted: boolean }> {
    return deps.write(ctx, async (trx, { audit }) => {
      const before = await repo.findOverride(trx, date, nurseId);
      if (!before) return { deleted: false };
      await repo.deleteOverrideRow(trx, date, nurseId);
      await audit({
        action: 'delete',
        objectType: 'nurse_shift_override',
        objectId: `${date}/${nurseId}`,
        detail: { before },
      });
      return { deleted: true };
    });
  }

  return { saveNurse, saveShifts, saveOverride, deleteOverride };
}
