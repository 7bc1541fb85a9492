import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { DayAppointment, MoveCheck } from '../../../../../shared/ipc/contract/schedule';
import { isMovable } from '../../../../../shared/schedule/status';
import { ApiError, useMutation, useQuery, type Query } from '../../../app/api';
import { issueText } from '../../../components/refusal-text';
import { APPOINTMENT_READS } from './appointment-reads';
import { minuteAtFraction, type DaySpan } from './geometry';

// Dragging a block with pointer events (mouse, pen and touch alike; HTML5 drag-and-drop has no touch).
// While the pointer moves, every new target (chair, start) is checked by the core's schedule:check-move, so
// the ghost says "free" or why not before the nurse lets go; dropping on a free target moves the appointment.
// The check is a query keyed by the target: an answer about a place the pointer has already left is never
// shown for the new one (no sequence numbers kept by hand).

export interface DragGhost {
  appointmentId: string;
  chairId: string;
  start: number;
  end: number;
  state: 'checking' | 'free' | 'refused' | 'moving';
  message: string;
}

interface DragState {
  appointment: DayAppointment;
  startX: number;
  startY: number;
  grabMinutes: number;
  active: boolean;
}

/** The place under the pointer, for the appointment being dragged. */
interface Target {
  appointment: DayAppointment;
  chairId: string;
  start: number;
}

/** After the drop: on its way, or refused by main (the ghost stays to say why). */
type Drop = { state: 'moving' } | { state: 'refused'; message: string };

interface Options {
  date: string;
  span: DaySpan;
  onMoved: (appointment: DayAppointment, chairId: string, start: number) => void;
}

const THRESHOLD_PX = 6;

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

function trackUnder(x: number, y: number): HTMLElement | null {
  const hit = document.elementsFromPoint(x, y).find((el) => el instanceof HTMLElement && el.dataset.chairTrack);
  return (hit as HTMLElement | undefined) ?? null;
}

/** The ghost as the target's check (or the drop) has it. */
function ghostOf(target: Target | null, check: Query<MoveCheck>, drop: Drop | null): DragGhost | null {
  if (!target) return null;
  const { appointment, chairId, start } = target;
  const base = { appointmentId: appointment.id, chairId, start, end: start + (appointment.end - appointment.start) };
  if (drop) return { ...base, message: '', ...drop };
  if (check.error) return { ...base, state: 'refused', message: messageOf(check.error) };
  if (!check.data) return { ...base, state: 'checking', message: '' };
  const issue = check.data.issues[0];
  return { ...base, state: check.data.ok ? 'free' : 'refused', message: issue ? issueText(issue) : '' };
}

/** The target under the pointer and the core's check of it; `ghost` says both. One drag at a time. */
function useCheckedTarget(date: string) {
  const [target, setTarget] = useState<Target | null>(null);
  const [drop, setDrop] = useState<Drop | null>(null);
  const place = target ?? { appointment: { id: '' }, chairId: '', start: 0 };
  const check = useQuery(
    'schedule:check-move',
    { appointmentId: place.appointment.id, date, chairId: place.chairId, start: place.start },
    { enabled: target !== null && drop === null },
  );
  const ghost = ghostOf(target, check, drop);
  // The pointer's listeners are set once per drag: they read the target aimed at (at once, before React renders
  // it) and the ghost last shown, which counts only while it is about that target.
  const aimed = useRef<Target | null>(null);
  const shown = useRef(ghost);
  shown.current = ghost;
  const aim = (next: Target | null) => {
    aimed.current = next;
    setDrop(null);
    setTarget(next);
  };
  const isAimedAt = (appointmentId: string, chairId: string, start: number) => {
    const a = aimed.current;
    return a?.appointment.id === appointmentId && a.chairId === chairId && a.start === start;
  };
  /** The ghost for the target aimed at last, or null while the screen still shows an earlier one. */
  const current = () => {
    const g = shown.current;
    return g && isAimedAt(g.appointmentId, g.chairId, g.start) ? g : null;
  };
  return { ghost, aim, isAimedAt, current, setDrop };
}

export function useBlockDrag(options: Options) {
  const checked = useCheckedTarget(options.date);
  const moving = useMutation('schedule:move', { invalidates: APPOINTMENT_READS });
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  function move(event: globalThis.PointerEvent) {
    const d = drag.current;
    if (!d) return;
    if (!d.active && Math.hypot(event.clientX - d.startX, event.clientY - d.startY) < THRESHOLD_PX) return;
    d.active = true;
    const track = trackUnder(event.clientX, event.clientY);
    const chairId = track?.dataset.chairTrack;
    if (!track || !chairId) return;
    const rect = track.getBoundingClientRect();
    const duration = d.appointment.end - d.appointment.start;
    const start = minuteAtFraction(
      latest.current.span,
      (event.clientX - rect.left) / rect.width,
      d.grabMinutes,
      duration,
    );
    if (checked.isAimedAt(d.appointment.id, chairId, start)) return;
    checked.aim({ appointment: d.appointment, chairId, start });
  }

  function finish(commit: boolean) {
    const d = drag.current;
    detach();
    drag.current = null;
    if (!d?.active) return;
    // The click that follows a drag must not also select whatever is under the pointer.
    suppressClick.current = true;
    window.setTimeout(() => (suppressClick.current = false), 0);
    const target = checked.current();
    if (!commit || !target || target.state !== 'free') {
      checked.aim(null);
      return;
    }
    checked.setDrop({ state: 'moving' });
    const { date, onMoved } = latest.current;
    moving.run({ appointmentId: d.appointment.id, date, chairId: target.chairId, start: target.start }).then(
      () => {
        checked.aim(null);
        onMoved(d.appointment, target.chairId, target.start);
      },
      (error: unknown) => checked.setDrop({ state: 'refused', message: messageOf(error) }),
    );
  }

  // Stable listeners that always call the latest handlers, so they can be removed reliably.
  const handlers = useRef({ move, finish });
  handlers.current = { move, finish };
  const listeners = useRef({
    move: (e: globalThis.PointerEvent) => handlers.current.move(e),
    up: () => handlers.current.finish(true),
    key: (e: KeyboardEvent) => {
      if (e.key === 'Escape') handlers.current.finish(false);
    },
  });

  function detach() {
    window.removeEventListener('pointermove', listeners.current.move);
    window.removeEventListener('pointerup', listeners.current.up);
    window.removeEventListener('keydown', listeners.current.key);
  }

  useEffect(() => detach, []);

  function onPointerDown(event: PointerEvent<HTMLButtonElement>, appointment: DayAppointment) {
    if (event.button !== 0 || !isMovable(appointment.status)) return;
    const track = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!track) return;
    const block = event.currentTarget.getBoundingClientRect();
    const { span } = latest.current;
    const grabMinutes = ((event.clientX - block.left) / track.width) * (span.close - span.open);
    drag.current = { appointment, startX: event.clientX, startY: event.clientY, grabMinutes, active: false };
    window.addEventListener('pointermove', listeners.current.move);
    window.addEventListener('pointerup', listeners.current.up);
    window.addEventListener('keydown', listeners.current.key);
  }

  return {
    ghost: checked.ghost,
    onPointerDown,
    isClickSuppressed: () => suppressClick.current,
  };
}
