import { useTranslation } from 'react-i18next';
import type { BoardVisit, NurseBoard } from '../../../../../shared/ipc/contract/assignments';
import { clockTime } from '../../../../../shared/schedule/windows';

// The board itself: one column per nurse on shift (her shift, patients and points) and one for the visits
// nobody has yet. Each card carries why it weighs (first dose, CAR T, reaction before, long visit) and, for a
// charge nurse, an "assign to" list: a native select, so arrows and typing a name work without a mouse.

interface Props {
  board: NurseBoard;
  draft: Record<string, string | null>;
  /** What the draft breaks, by visit, worded (the same rules main checks on save). */
  problems: Map<string, string>;
  canEdit: boolean;
  onAssign: (appointmentId: string, nurseId: string | null) => void;
}

const UNASSIGNED = '';

export function BoardColumns({ board, draft, problems, canEdit, onAssign }: Props) {
  const { t } = useTranslation();
  const columns = [
    ...board.nurses.map((n) => ({
      id: n.id,
      title: n.name,
      detail: t('nurseBoard.shift', { start: clockTime(n.start), end: clockTime(n.end) }),
    })),
    { id: UNASSIGNED, title: t('nurseBoard.unassigned'), detail: '' },
  ];
  const names = new Map(board.nurses.map((n) => [n.id, n.name]));
  // A visit still with a nurse who is not on shift today (a day off declared after booking) waits in the
  // last column, marked, so the charge nurse gives it to someone on shift.
  const columnOf = (id: string) => {
    const nurseId = draft[id] ?? UNASSIGNED;
    return names.has(nurseId) ? nurseId : UNASSIGNED;
  };
  return (
    <div className="board-columns" data-testid="nurse-board">
      {columns.map((column) => {
        const visits = board.visits.filter((v) => columnOf(v.appointmentId) === column.id);
        if (column.id === UNASSIGNED && visits.length === 0) return null;
        const points = visits.reduce((sum, v) => sum + v.acuity, 0);
        return (
          <section key={column.id} className="board-column" aria-label={column.title} data-testid="board-column">
            <h2>{column.title}</h2>
            <p className="muted">
              {column.detail && <span>{column.detail} · </span>}
              {t('nurseBoard.load', { count: visits.length, points })}
            </p>
            <ul>
              {visits.map((v) => (
                <li key={v.appointmentId}>
                  <VisitCard
                    offShift={(draft[v.appointmentId] ?? UNASSIGNED) !== column.id}
                    problem={problems.get(v.appointmentId) ?? null}
                    visit={v}
                    board={board}
                    names={names}
                    value={column.id}
                    canEdit={canEdit}
                    onAssign={onAssign}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function VisitCard(props: {
  offShift: boolean;
  problem: string | null;
  visit: BoardVisit;
  board: NurseBoard;
  names: Map<string, string>;
  value: string;
  canEdit: boolean;
  onAssign: Props['onAssign'];
}) {
  const { visit: v, board, value } = props;
  const { t } = useTranslation();
  const time = clockTime(v.start);
  const proposed = v.proposedNurseId ? props.names.get(v.proposedNurseId) : null;
  return (
    <div className="board-card" data-testid="board-card">
      <p>
        <strong>
          {time}–{clockTime(v.end)}
        </strong>{' '}
        {v.chairName}
      </p>
      <p>
        {v.patientName} <span className="mrn muted">{v.mrn}</span>
      </p>
      {v.reasons.length > 0 && (
        <p className="board-reasons">
          {v.reasons.map((r) => (
            <span key={r} className="board-reason">
              {t(`nurseBoard.reason.${r}`)}
            </span>
          ))}
        </p>
      )}
      {props.offShift && <p className="status status-warn">{t('nurseBoard.offShift')}</p>}
      {props.problem && !props.offShift && (
        <p className="status status-error" data-testid="board-problem">
          <span aria-hidden="true">⚠ </span>
          {props.problem}
        </p>
      )}
      {props.canEdit && (
        <label className="board-assign">
          <span>{t('nurseBoard.assignTo', { patient: v.patientName, time })}</span>
          <select value={value} onChange={(e) => props.onAssign(v.appointmentId, e.target.value || null)}>
            {board.nurses.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
            <option value={UNASSIGNED}>{t('nurseBoard.unassigned')}</option>
          </select>
        </label>
      )}
      {props.canEdit && proposed && value !== v.proposedNurseId && (
        <p className="muted">{t('nurseBoard.proposal', { nurse: proposed })}</p>
      )}
    </div>
  );
}
