import type { BoardVisit, NurseBoard, AcuityReason } from '../../../../shared/ipc/contract/assignments';
import type { DayAppointment } from '../../../../shared/ipc/contract/schedule';
import { acuityOf, LONG_VISIT_MINUTES, proposeAssignment } from '../../../../shared/scheduling/assign-nurses';
import { assignmentProblems, type AssignmentProblem } from '../../../../shared/scheduling/check-assignment';
import { resolveLimits } from '../../../../shared/scheduling/model';
import { occupiesChair } from '../../../../shared/schedule/status';
import { clockTime } from '../../../../shared/schedule/windows';
import type { CoreDeps } from '../../core/deps';
import { refusal } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findAppointment, liveOnDate, updateAppointment } from '../../repositories/appointments';
import { listNurses } from '../../repositories/center-staff';
import { carTPlanIds, findBoardSave, recordBoardSave } from '../../repositories/nurse-board';
import { recordChange } from './appointment-log';
import type { Executor } from '../audit/audit';
import { getClinicDay } from '../center/center';
import { scheduleDay } from './schedule-day';

// The charge nurse's board: the day's live visits with who has them now and the balanced proposal
// (shared/scheduling/assign-nurses.ts). Saving writes each visit's nurse (the column the booking's ratio check
// reads), refused as a whole when a nurse would be off shift, over the center's patients-at-once limit or
// starting too many patients in one slot; every change is in the visit's history and the audit trail.

function reasonsOf(a: DayAppointment, isCarT: boolean): AcuityReason[] {
  const reasons: AcuityReason[] = [];
  if (a.isFirstDose) reasons.push('first-dose');
  if (isCarT) reasons.push('car-t');
  if (a.flags.includes('reaction-history')) reasons.push('reaction-history');
  if (a.end - a.start >= LONG_VISIT_MINUTES) reasons.push('long-visit');
  return reasons;
}

async function readBoard(deps: CoreDeps, date: string): Promise<NurseBoard> {
  const db = deps.store.db;
  const day = await scheduleDay(deps, date);
  const live = day.appointments.filter((a) => occupiesChair(a.status)).toSorted((a, b) => a.start - b.start);
  const carT = await carTPlanIds(db, [...new Set(live.map((a) => a.planId))]);
  const facts = live.map((a) => {
    const reasons = reasonsOf(a, carT.has(a.planId));
    return {
      id: a.id,
      start: a.start,
      end: a.end,
      isFirstDose: reasons.includes('first-dose'),
      isCarT: reasons.includes('car-t'),
      hasReactionHistory: reasons.includes('reaction-history'),
    };
  });
  const clinic = await getClinicDay(db, date);
  const limits = resolveLimits(clinic?.limits);
  const proposal = new Map(proposeAssignment(facts, clinic?.nurses ?? [], limits).map((p) => [p.visitId, p.nurseId]));
  const chairs = new Map([...day.chairs, ...day.injectionSeats].map((c) => [c.id, c.name]));
  const initials = new Map((await listNurses(db)).map((n) => [n.id, n.initials]));
  const visits: BoardVisit[] = live.map((a, i) => ({
    appointmentId: a.id,
    patientName: a.patientName,
    mrn: a.mrn,
    chairName: chairs.get(a.chairId) ?? a.chairId,
    start: a.start,
    end: a.end,
    status: a.status,
    reasons: reasonsOf(a, carT.has(a.planId)),
    acuity: acuityOf(facts[i]!),
    nurseId: a.nurseId,
    proposedNurseId: proposal.get(a.id) ?? null,
  }));
  const saved = await findBoardSave(db, date);
  return {
    date,
    savedAt: saved?.savedAt ?? null,
    savedBy: saved?.savedBy ?? null,
    nurses: day.nurses
      .map((n) => ({ ...n, initials: initials.get(n.id) ?? '' }))
      .toSorted((a, b) => a.name.localeCompare(b.name)),
    visits,
    maxPatientsPerNurse: limits.maxPatientsPerNurse,
    maxStartsPerNursePerSlot: limits.maxStartsPerNursePerSlot,
    slotMinutes: limits.slotMinutes,
  };
}

const PROBLEM_WORDS: Record<AssignmentProblem['reason'], string> = {
  'nurse-not-on-shift': '{nurse} is not on shift for the whole visit at {time}.',
  'nurse-over-ratio': '{nurse} would have more patients at once around {time} than the {limit} the center allows.',
  'nurse-starts-together': '{nurse} would start more patients at {time} than the {limit} per slot the center allows.',
};

async function refuseProblem(ex: Executor, problem: AssignmentProblem, start: number, index: number): Promise<never> {
  const nurse = (await listNurses(ex)).find((n) => n.id === problem.nurseId)?.displayName ?? problem.nurseId;
  const params = { nurse, time: clockTime(start), limit: 'limit' in problem ? problem.limit : 0 };
  const message = PROBLEM_WORDS[problem.reason].replace(/\{(\w+)\}/g, (_, k: keyof typeof params) => `${params[k]}`);
  const path = index >= 0 ? `assignments.${index}.nurseId` : 'assignments';
  throw refusal('conflict', problem.reason, message, { path, params });
}

export interface BoardChoice {
  appointmentId: string;
  nurseId: string | null;
}

export function createNurseBoardService(deps: CoreDeps) {
  /** Checks the whole day as it would be, then writes only the visits whose nurse changes. */
  async function save(date: string, choices: readonly BoardChoice[], ctx: RequestContext): Promise<NurseBoard> {
    await deps.write(ctx, async (trx, unit) => {
      const { at, audit } = unit;
      const live = new Map((await liveOnDate(trx, date)).map((a) => [a.id, a]));
      choices.forEach((c, i) => {
        if (!live.has(c.appointmentId))
          throw refusal('conflict', 'visit-not-on-day', 'A visit on the board is no longer on this day: reload.', {
            path: `assignments.${i}.appointmentId`,
          });
      });
      const chosen = new Map(choices.map((c) => [c.appointmentId, c.nurseId]));
      // In time order, so the first rule broken is the earliest, as the board shows it.
      const visits = [...live.values()]
        .toSorted((a, b) => a.start - b.start || a.id.localeCompare(b.id))
        .map((a) => ({
          id: a.id,
          start: a.start,
          end: a.end,
          nurseId: chosen.has(a.id) ? chosen.get(a.id)! : a.nurseId || null,
        }));
      const clinic = await getClinicDay(trx, date);
      const problem = assignmentProblems(visits, clinic?.nurses ?? [], resolveLimits(clinic?.limits))[0];
      if (problem) {
        const index = choices.findIndex((c) => c.appointmentId === problem.visitId);
        await refuseProblem(trx, problem, live.get(problem.visitId)!.start, index);
      }
      let changed = 0;
      for (const c of choices) {
        const before = live.get(c.appointmentId)!.nurseId || null;
        if (before === c.nurseId) continue;
        const found = (await findAppointment(trx, c.appointmentId))!.appointment;
        await updateAppointment(trx, c.appointmentId, { nurseId: c.nurseId }, at, ctx.userId);
        await recordChange(trx, {
          appointment: found,
          action: 'assign-nurse',
          detail: { from: before, to: c.nurseId },
          unit,
          ctx,
        });
        changed += 1;
      }
      await recordBoardSave(trx, { date, at, userId: ctx.userId, workstation: ctx.workstation });
      const detail = { visits: choices.length, changed };
      await audit({
        action: 'nurse-board.save',
        objectType: 'nurse-board',
        objectId: date,
        detail,
      });
    });
    return readBoard(deps, date);
  }

  return { board: (date: string) => readBoard(deps, date), save };
}
