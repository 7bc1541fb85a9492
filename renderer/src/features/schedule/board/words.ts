import i18next from 'i18next';
import { minuteInZone } from '../../../../../shared/schedule/timezone';
import { clockTime } from '../../../../../shared/schedule/windows';
import type { NurseBoard } from '../../../../../shared/ipc/contract/assignments';
import { assignmentProblems } from '../../../../../shared/scheduling/check-assignment';
import type { ApiError } from '../../../app/api';
import { tDynamic } from '../../../i18n';

// A board refusal in the reader's language: main's coded reason with its parameters (nurse, time, limit).

export function boardRefusalText(error: ApiError): string {
  const issue = error.error.issues[0];
  return issue?.code ? tDynamic(`nurseBoard.refusal.${issue.code}`, error.message, issue.params) : error.message;
}

/** HH:MM (24-hour) of a saved-at instant on the clinic's clock. */
export function clinicTimeOf(iso: string, timeZone: string): string {
  return clockTime(minuteInZone(new Date(iso), timeZone));
}

/** What the draft breaks, per visit, in the reader's words: shown on the card before the charge nurse saves. */
export function draftProblems(board: NurseBoard, draft: Record<string, string | null>): Map<string, string> {
  const visits = board.visits.map((v) => ({
    id: v.appointmentId,
    start: v.start,
    end: v.end,
    nurseId: draft[v.appointmentId] ?? null,
  }));
  const limits = {
    maxPatientsPerNurse: board.maxPatientsPerNurse,
    maxStartsPerNursePerSlot: board.maxStartsPerNursePerSlot,
    slotMinutes: board.slotMinutes,
  };
  const names = new Map(board.nurses.map((n) => [n.id, n.name]));
  const starts = new Map(visits.map((v) => [v.id, v.start]));
  return new Map(
    assignmentProblems(visits, board.nurses, limits).map((p) => [
      p.visitId,
      i18next.t(`nurseBoard.refusal.${p.reason}`, {
        nurse: names.get(p.nurseId) ?? '',
        time: clockTime(starts.get(p.visitId) ?? 0),
        limit: 'limit' in p ? p.limit : 0,
      }),
    ]),
  );
}
