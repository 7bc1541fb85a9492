import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { occupiesChair } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { AppointmentBlock } from './AppointmentBlock';
import { percentAt, widthPercent, type DaySpan } from './geometry';
import type { useBlockDrag } from './useBlockDrag';

type Drag = ReturnType<typeof useBlockDrag>;

interface TrackRowProps {
  resource: ScheduleDay['chairs'][number];
  appointments: readonly DayAppointment[];
  span: DaySpan;
  selectedId: string | null;
  nowMinute: number | null;
  onSelect: (id: string) => void;
  /** Null for an injection seat: its visits are not dragged, and nothing is dropped on it. */
  drag: Drag | null;
}

const noDrag = (_event: PointerEvent<HTMLButtonElement>, _a: DayAppointment) => undefined;

/** One row of the grid: a chair (or an injection seat) and the visits that hold it over the day. */
export function TrackRow({ resource, appointments, span, selectedId, nowMinute, onSelect, drag }: TrackRowProps) {
  const { t } = useTranslation();
  const ghost = drag?.ghost ?? null;
  return (
    <div className="grid-row" role="row">
      <div
        data-chair-head
        className={`grid-rowhead${resource.active ? '' : ' is-inactive'}`}
        role="rowheader"
        title={resource.name}
      >
        {resource.name}
        {!resource.active && <span className="chair-inactive"> ({t('schedule.outOfService')})</span>}
      </div>
      <div
        className="grid-track"
        {...(drag ? { 'data-chair-track': resource.id } : {})}
        role="cell"
        data-testid={`track-${resource.name}`}
      >
        {appointments
          .filter((a) => a.chairId === resource.id && occupiesChair(a.status))
          .map((a) => (
            <AppointmentBlock
              key={a.id}
              appointment={a}
              chairName={resource.name}
              span={span}
              selected={a.id === selectedId}
              dragging={ghost?.appointmentId === a.id}
              onSelect={onSelect}
              onPointerDown={drag?.onPointerDown ?? noDrag}
              nowMinute={nowMinute}
            />
          ))}
        {ghost && ghost.chairId === resource.id && (
          <div
            className={`drag-ghost ghost-${ghost.state}`}
            style={{
              left: `${percentAt(span, ghost.start)}%`,
              width: `${widthPercent(span, ghost.start, ghost.end)}%`,
            }}
            aria-hidden="true"
          >
            {ghost.state === 'refused' ? '⚠' : ghost.state === 'free' ? '✓' : '…'} {clockTime(ghost.start)}
          </div>
        )}
      </div>
    </div>
  );
}
