import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { TIGHTEN_SHIFTS, type TightenMove, type TightenProposal } from '../../../../../shared/ipc/contract/tighten';
import { clockTime } from '../../../../../shared/schedule/windows';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { Alert } from '../../../components/Alert';
import { useSession } from '../../auth';
import { longDate } from '../display';
import { dayHref } from '../route';

// "Tighten this day": the repair pass's proposal for a coming day, each move in a table (now, proposed, and
// whether the patient must be told a new time), applied in one step by a charge nurse. The core re-plans the
// day again when applying and refuses if anything changed since this proposal was read.

type Names = { chair: (id: string) => string; nurse: (id: string | null) => string };

function namesOf(day: ScheduleDay | undefined, noNurse: string): Names {
  const chairs = new Map(day?.chairs.map((c) => [c.id, c.name]));
  const nurses = new Map(day?.nurses.map((n) => [n.id, n.name]));
  return {
    chair: (id) => chairs.get(id) ?? id,
    nurse: (id) => (id ? (nurses.get(id) ?? id) : noNurse),
  };
}

function MoveRow({ move, names }: { move: TightenMove; names: Names }) {
  const { t } = useTranslation();
  const { appointment: a, to } = move;
  const place = (start: number, chairId: string, nurseId: string | null) =>
    t('tighten.place', { time: clockTime(start), chair: names.chair(chairId), nurse: names.nurse(nurseId) });
  return (
    <tr>
      <th scope="row">
        {a.patientName} <span className="muted">({a.mrn})</span>
      </th>
      <td>{place(a.start, a.chairId, a.nurseId)}</td>
      <td>{place(to.start, to.chairId, to.nurseId)}</td>
      <td className={move.timeChanged ? 'status status-warn' : undefined}>
        <span aria-hidden="true">{move.timeChanged ? '⚠ ' : '✓ '}</span>
        {move.timeChanged ? t('tighten.timeChanged') : t('tighten.sameTime')}
      </td>
    </tr>
  );
}

function Proposal({
  proposal,
  names,
  onApplied,
}: {
  proposal: TightenProposal;
  names: Names;
  onApplied: (text: string) => void;
}) {
  const { t } = useTranslation();
  const applying = useMutation('schedule:tighten-apply', {
    invalidates: ['schedule:day', 'schedule:tighten-proposal', 'assignments:board'],
  });
  const [error, setError] = useState<string | null>(null);
  const told = proposal.moves.filter((m) => m.timeChanged).length;
  if (proposal.verdict !== 'tighter') return <p role="status">{t(`tighten.verdict.${proposal.verdict}`)}</p>;
  const apply = async () => {
    setError(null);
    try {
      const { date, fingerprint, maxShiftMinutes } = proposal;
      const done = await applying.run({ date, fingerprint, maxShiftMinutes: shiftOf(maxShiftMinutes) });
      onApplied(t('tighten.applied', { count: done.moved, before: done.chairsBefore, after: done.chairsAfter }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <>
      <p>
        {t('tighten.summary', { before: proposal.chairsBefore, after: proposal.chairsAfter })}{' '}
        {t('tighten.floor', { floor: proposal.floor })}
      </p>
      {told > 0 && (
        <p className="status status-warn">
          <span aria-hidden="true">⚠ </span>
          {t('tighten.tell', { count: told })}
        </p>
      )}
      <table className="tighten-moves">
        <caption>{t('tighten.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tighten.patient')}</th>
            <th scope="col">{t('tighten.now')}</th>
            <th scope="col">{t('tighten.proposed')}</th>
            <th scope="col">{t('tighten.change')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.moves.map((m) => (
            <MoveRow key={m.appointment.id} move={m} names={names} />
          ))}
        </tbody>
      </table>
      {error && <Alert>{error}</Alert>}
      <button type="button" className="button primary" disabled={applying.pending} onClick={() => void apply()}>
        {applying.pending ? t('tighten.applying') : t('tighten.apply', { count: proposal.moves.length })}
      </button>
    </>
  );
}

export function TightenView({ date }: { date: string }) {
  const { t, i18n } = useTranslation();
  const { canManage: canTighten } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="screen-title" className="schedule-screen tighten-screen">
      <h1 id="screen-title">
        {t('tighten.title')} — <span data-testid="day-date">{longDate(date, i18n.language)}</span>
      </h1>
      <nav className="day-nav no-print">
        <a className="button link-button" href={dayHref(date)}>
          {t('schedule.backToDay')}
        </a>
      </nav>
      <p>{t('tighten.intro')}</p>
      {message && (
        <p role="status" className="status status-ok" data-testid="tighten-message">
          <span aria-hidden="true">✓ </span>
          {message}
        </p>
      )}
      {canTighten ? <ProposalFor date={date} onApplied={setMessage} /> : <p role="note">{t('tighten.readOnly')}</p>}
    </section>
  );
}

type Shift = (typeof TIGHTEN_SHIFTS)[number] | null;
const shiftOf = (minutes: number | null): Shift => TIGHTEN_SHIFTS.find((s) => s === minutes) ?? null;

/** How far a patient's time may move: a short move is easier to tell than a tight day is worth. */
function ShiftChoice({ value, onChange }: { value: Shift; onChange: (s: Shift) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('tighten.shiftLabel')}
      <select
        value={value ?? 'window'}
        onChange={(e) => onChange(e.target.value === 'window' ? null : shiftOf(Number(e.target.value)))}
      >
        {TIGHTEN_SHIFTS.map((s) => (
          <option key={s} value={s}>
            {t(`tighten.shift.${s}`)}
          </option>
        ))}
        <option value="window">{t('tighten.shift.window')}</option>
      </select>
    </label>
  );
}

function ProposalFor({ date, onApplied }: { date: string; onApplied: (text: string) => void }) {
  const { t } = useTranslation();
  const [shift, setShift] = useState<Shift>(60);
  const proposal = useQuery('schedule:tighten-proposal', { date, maxShiftMinutes: shift }, { live: ['appointments'] });
  const day = useQuery('schedule:day', { date });
  const data = proposal.data?.maxShiftMinutes === shift ? proposal.data : undefined;
  return (
    <>
      <ShiftChoice value={shift} onChange={setShift} />
      {proposal.error ? (
        <Alert>{proposal.error.message}</Alert>
      ) : !data ? (
        <p role="status">{t('tighten.loading')}</p>
      ) : (
        <Proposal proposal={data} names={namesOf(day.data, t('tighten.noNurse'))} onApplied={onApplied} />
      )}
    </>
  );
}
