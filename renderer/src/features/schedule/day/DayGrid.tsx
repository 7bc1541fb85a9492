import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment, ScheduleDay } from '../../../../../shared/ipc/contract/schedule';
import { capacitySlots } from '../../../../../shared/schedule/capacity';
import { clockTime } from '../../../../../shared/schedule/windows';
import { TrackRow } from './TrackRow';
import { CapacityRows } from './CapacityStrip';
import { hourSegments, percentAt, slotStarts, type DaySpan } from './geometry';
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
 * Chairs, then injection seats, as rows × time as columns on the slot grid. One CSS grid holds the time header, the capacity rows and
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
        // The appointments include injection visits, so their seats count as places too: never a false "over".
        chairCount: [...day.chairs, ...day.injectionSeats].filter((c) => c.active).length,
        maxPatientsPerNurse: day.maxPatientsPerNurse,
        nurses: day.nurses,
        appointments: day.appointments,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- span is rebuilt from these three numbers
    [day, span.open, span.close, span.slotMinutes],
  );
  // Injection seats sit below the chairs under their own heading row.
  const seatRows = day.injectionSeats.length > 0 ? day.injectionSeats.length + 1 : 0;
  const style = { '--slots': slots.length, '--chairs': day.chairs.length + seatRows } as CSSProperties;
  const select = (id: string) => drag.isClickSuppressed() || onSelect(id);
  const ghost = drag.ghost;
  const rowProps = { appointments: day.appointments, span, selectedId, nowMinute, onSelect: select };

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
            <TrackRow key={chair.id} resource={chair} drag={drag} {...rowProps} />
          ))}
          {day.injectionSeats.length > 0 && (
            <div className="grid-row" role="row">
              <div className="grid-section" role="rowheader" aria-label={t('dayRun.injectionRowLabel')}>
                {t('dayRun.injectionPlaces')}
              </div>
            </div>
          )}
          {day.injectionSeats.map((seat) => (
            <TrackRow key={seat.id} resource={seat} drag={null} {...rowProps} />
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
