import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NurseBoard } from '../../../../../shared/ipc/contract/assignments';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { useSession } from '../../auth';
import { longDate } from '../display';
import { useNow } from '../day/useNow';
import { dayHref } from '../route';
import { BoardColumns } from './BoardColumns';
import { boardRefusalText, clinicTimeOf, draftProblems } from './words';

// The charge nurse's morning board: the day's visits in one column per nurse on shift, starting from the
// balanced proposal until the board is first saved. Each visit has an "assign to" list, so the whole board
// works from the keyboard; nurses read it without the lists.

export function NurseBoardView({ date: requested }: { date: string | null }) {
  const now = useNow();
  const date = requested ?? now?.date ?? null;
  if (!date) return null;
  return <BoardDay key={date} date={date} />;
}

type Draft = Record<string, string | null>;

const startingDraft = (board: NurseBoard): Draft =>
  Object.fromEntries(
    board.visits.map((v) => [v.appointmentId, board.savedAt === null ? v.proposedNurseId : v.nurseId]),
  );

function BoardDay({ date }: { date: string }) {
  const { t, i18n } = useTranslation();
  const { canManage: canEdit } = useSession();
  const board = useQuery('assignments:board', { date });
  // Kept here, not in the editor: a save invalidates the board, whose new save time remounts the editor with the
  // saved choices.
  const [message, setMessage] = useState<Message>(null);
  return (
    <section aria-labelledby="screen-title" className="schedule-screen board-screen">
      <h1 id="screen-title">
        {t('nurseBoard.title')} — <span data-testid="day-date">{longDate(date, i18n.language)}</span>
      </h1>
      <nav className="day-nav no-print">
        <a className="button link-button" href={dayHref(date)}>
          {t('schedule.backToDay')}
        </a>
      </nav>
      {board.error && <p role="alert">{board.error.message}</p>}
      {board.data && (
        <BoardEditor
          key={board.data.savedAt ?? ''}
          board={board.data}
          canEdit={canEdit}
          message={message}
          setMessage={setMessage}
        />
      )}
    </section>
  );
}

type Message = { ok: boolean; text: string } | null;

function BoardEditor(props: {
  board: NurseBoard;
  canEdit: boolean;
  message: Message;
  setMessage: (message: Message) => void;
}) {
  const { board, canEdit, message, setMessage } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => startingDraft(board));
  const timeZone = useQuery('system:info', {}).data?.timeZone ?? 'UTC';
  const saving = useMutation('assignments:save', { invalidates: ['assignments:board'] });
  const changes = board.visits.filter((v) => draft[v.appointmentId] !== v.nurseId).length;

  async function save() {
    const assignments = board.visits.map((v) => ({
      appointmentId: v.appointmentId,
      nurseId: draft[v.appointmentId] ?? null,
    }));
    try {
      await saving.run({ date: board.date, assignments });
      setMessage({ ok: true, text: t('nurseBoard.saved') });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setMessage({ ok: false, text: boardRefusalText(error) });
    }
  }

  if (board.visits.length === 0) return <p>{t('nurseBoard.empty')}</p>;
  return (
    <>
      <p className="muted">
        {board.savedAt === null
          ? t('nurseBoard.proposed')
          : board.savedBy
            ? t('nurseBoard.savedAt', { time: clinicTimeOf(board.savedAt, timeZone), by: board.savedBy })
            : t('nurseBoard.savedAtNoName', { time: clinicTimeOf(board.savedAt, timeZone) })}{' '}
        {t('nurseBoard.limits', { patients: board.maxPatientsPerNurse, starts: board.maxStartsPerNursePerSlot })}
      </p>
      {board.nurses.length === 0 && <p className="status status-warn">{t('nurseBoard.noNurses')}</p>}
      {!canEdit && <p className="muted">{t('nurseBoard.readOnly')}</p>}
      {canEdit && (
        <div className="board-actions no-print">
          <button type="button" className="button button-primary" disabled={saving.pending} onClick={() => void save()}>
            {t('nurseBoard.save')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setDraft(Object.fromEntries(board.visits.map((v) => [v.appointmentId, v.proposedNurseId])))}
          >
            {t('nurseBoard.useProposal')}
          </button>
          {changes > 0 && (
            <span className="muted" role="status">
              {t('nurseBoard.unsaved', { count: changes })}
            </span>
          )}
        </div>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`status ${message.ok ? 'status-ok' : 'status-error'}`}>
          <span aria-hidden="true">{message.ok ? '✓ ' : '⚠ '}</span>
          {message.text}
        </p>
      )}
      <BoardColumns
        board={board}
        draft={draft}
        problems={draftProblems(board, draft)}
        canEdit={canEdit}
        onAssign={(id, nurseId) => setDraft((d) => ({ ...d, [id]: nurseId }))}
      />
    </>
  );
}
