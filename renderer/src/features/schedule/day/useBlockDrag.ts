import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { DayAppointment } from '../../../../../shared/ipc/contract/schedule';
import { isMovable } from '../../../../../shared/schedule/status';
import { ApiError, call } from '../../../app/api';
import { issueText } from '../../../components/refusal-text';
import { minuteAtFraction, type DaySpan } from './geometry';

// Dragging a block with pointer events (mouse, pen and touch alike; HTML5 drag-and-drop has no touch).
// While the pointer moves, every new target (chair, start) is checked by the core's schedule:check-move, so
// the ghost says "free" or why not before the nurse lets go; dropping on a free target moves the appointment.

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
  seq: number;
  ghost: DragGhost | null;
}

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

export function useBlockDrag(options: Options) {
  const [ghost, setGhostState] = useState<DragGhost | null>(null);
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);
  const latest = useRef(options);
  latest.current = options;

  function show(d: DragState, next: DragGhost | null) {
    d.ghost = next;
    setGhostState(next);
  }

  function check(d: DragState, chairId: string, start: number) {
    const seq = ++d.seq;
    const base = {
      appointmentId: d.appointment.id,
      chairId,
      start,
      end: start + (d.appointment.end - d.appointment.start),
    };
    show(d, { ...base, state: 'checking', message: '' });
    const stale = () => drag.current !== d || d.seq !== seq;
    call('schedule:check-move', { appointmentId: d.appointment.id, date: latest.current.date, chairId, start }).then(
      (verdict) =>
        stale() ||
        show(d, {
          ...base,
          state: verdict.ok ? 'free' : 'refused',
          message: verdict.issues[0] ? issueText(verdict.issues[0]) : '',
        }),
      (error: unknown) => stale() || show(d, { ...base, state: 'refused', message: messageOf(error) }),
    );
  }

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
    if (d.ghost?.chairId === chairId && d.ghost.start === start) return;
    check(d, chairId, start);
  }

  function finish(commit: boolean) {
    const d = drag.current;
    detach();
    drag.current = null;
    if (!d?.active) return;
    // The click that follows a drag must not also select whatever is under the pointer.
    suppressClick.current = true;
    window.setTimeout(() => (suppressClick.current = false), 0);
    const target = d.ghost;
    if (!commit || !target || target.state !== 'free') {
      setGhostState(null);
      return;
    }
    setGhostState({ ...target, state: 'moving' });
    const { date, onMoved } = latest.current;
    call('schedule:move', { appointmentId: d.appointment.id, date, chairId: target.chairId, start: target.start }).then(
      () => {
        setGhostState(null);
        onMoved(d.appointment, target.chairId, target.start);
      },
      (error: unknown) => setGhostState({ ...target, state: 'refused', message: messageOf(error) }),
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
    drag.current = {
      appointment,
      startX: event.clientX,
      startY: event.clientY,
      grabMinutes,
      active: false,
      seq: 0,
      ghost: null,
    };
    window.addEventListener('pointermove', listeners.current.move);
    window.addEventListener('pointerup', listeners.current.up);
    window.addEventListener('keydown', listeners.current.key);
  }

  return {
    ghost,
    onPointerDown,
    dismissGhost: () => setGhostState(null),
    isClickSuppressed: () => suppressClick.current,
  };
}
