import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { capacitySlots } from '../../../../../shared/schedule/capacity';
import { occupiesChair } from '../../../../../shared/schedule/status';
import { clockTime } from '../../../../../shared/schedule/windows';
import { AppointmentBlock } from './AppointmentBlock';
import { CapacityRows } from './CapacityStrip';
import { hourSegments, percentAt, slotStarts, widthPercent, type DaySpan } from './geometry';
import { useBlockDrag } from './useBlockDrag';
import './grid.css';

interface DayGridProps {
  day: ScheduleDay;
  selectedId: string | null;
  nowMinute: number | null;
  onSelect: (id: string) => void;
  onMoved: (appointment: DayAppointment, chairId: string, start: number) => void;
}

/**
 * Chairs as rows × time as columns on the slot grid. One CSS grid holds the time header, the capacity rows and
 * the chair rows, so every column lines up; the header and the chair column stay in view while it scrolls.
 */
export function DayGrid({ day, selectedId, nowMinute, onSelect, onMoved }: DayGridProps) {
  const { t } = useTranslation();
  const span: DaySpan = { open: day.open, close: day.close, slotMinutes: day.slotMinutes };
  const slots = slotStarts(span);
  const drag = useBlockDrag({ date: day.date, span, onMoved });
  const chairNames = useMemo(() => new Map(day.chairs.map((c) => [c.id, c.name])), [day.chairs]);
  const capacity = useMemo(
    () =>
      capacitySlots({
        ...span,
        chairCount: day.chairs.filter((c) => c.active).length,
        maxPatientsPerNurse: day.maxPatientsPerNurse,
        nurses: day.nurses,
        appointments: day.appointments,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- span is rebuilt from these three numbers
    [day, span.open, span.close, span.slotMinutes],
  );
  const style = { '--slots': slots.length, '--chairs': day.chairs.length } as CSSProperties;
  const ghost = drag.ghost;
  const select = (id: string) => drag.isClickSuppressed() || onSelect(id);

  return (
    <>
      <div className="day-grid-scroller" data-testid="day-grid">
        <div className="day-grid" style={style} role="table" aria-label={t('schedule.gridLabel', { date: day.date })}>
          <div className="grid-row" role="row">
            <div className="grid-corner" role="columnheader">
              {t('schedule.chair')}
            </div>
            {hourSegments(span).map((h) => (
              <div key={h.start} className="grid-time" role="columnheader" style={{ gridColumn: `span ${h.slots}` }}>
                {clockTime(h.start)}
              </div>
            ))}
          </div>
          <CapacityRows slots={capacity} limit={day.maxPatientsPerNurse} />
          {day.chairs.map((chair) => (
            <div key={chair.id} className="grid-row" role="row">
              <div data-chair-head className={`grid-rowhead${chair.active ? '' : ' is-inactive'}`} role="rowheader">
                {chair.name}
                {!chair.active && <span className="chair-inactive"> ({t('schedule.outOfService')})</span>}
              </div>
              <div className="grid-track" data-chair-track={chair.id} role="cell" data-testid={`track-${chair.name}`}>
                {day.appointments
                  .filter((a) => a.chairId === chair.id && occupiesChair(a.status))
                  .map((a) => (
                    <AppointmentBlock
                      key={a.id}
                      appointment={a}
                      chairName={chair.name}
                      span={span}
                      selected={a.id === selectedId}
                      dragging={ghost?.appointmentId === a.id}
                      onSelect={select}
                      onPointerDown={drag.onPointerDown}
                      nowMinute={nowMinute}
                    />
                  ))}
                {ghost && ghost.chairId === chair.id && (
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
          ))}
          {nowMinute !== null && nowMinute >= day.open && nowMinute <= day.close && (
            <div className="now-layer" aria-hidden="true">
              <div className="now-line" style={{ left: `${percentAt(span, nowMinute)}%` }} data-testid="now-line">
                <span className="now-label">{clockTime(nowMinute)}</span>
              </div>
            </div>
          )}
        </div>
      </div>
      <p className="drag-status" role="status" aria-live="polite" data-testid="drag-status">
        {ghost?.state === 'free' &&
          t('schedule.dragOk', { chair: chairNames.get(ghost.chairId) ?? '', time: clockTime(ghost.start) })}
        {ghost?.state === 'refused' && t('schedule.dragRefused', { message: ghost.message })}
      </p>
    </>
  );
}
