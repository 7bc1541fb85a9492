import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayAppointment } from '../../../../../shared/ipc/contract/schedule';
import { clockTime } from '../../../../../shared/schedule/windows';
import { carTDayLabel, FLAG_ICONS, treatmentText, visitStatus } from '../display';
import { BlockRun, runTexts } from './BlockRun';
import { percentAt, widthPercent, type DaySpan } from './geometry';

interface BlockProps {
  appointment: DayAppointment;
  chairName: string;
  span: DaySpan;
  selected: boolean;
  dragging: boolean;
  onSelect: (id: string) => void;
  onPointerDown: (event: PointerEvent<HTMLButtonElement>, appointment: DayAppointment) => void;
  /** Minutes since midnight when the day shown is today, else null. */
  nowMinute?: number | null;
}

/** One appointment on a chair row: status as colour + icon, the patient, flags; the rest in its tooltip and name. */
export function AppointmentBlock({
  appointment: a,
  chairName,
  span,
  selected,
  dragging,
  onSelect,
  onPointerDown,
  nowMinute = null,
}: BlockProps) {
  const { t } = useTranslation();
  const { icon, text: status } = visitStatus(a, t);
  const carTDay = typeof a.carTDay === 'number' ? carTDayLabel(a.carTDay) : null;
  const drugs = treatmentText(a, t);
  const label = t('schedule.blockLabel', {
    time: `${clockTime(a.start)}–${clockTime(a.end)}`,
    chair: chairName,
    patient: a.patientName,
    drugs,
    cycle: a.cycle,
    dose: a.doseNumber,
    status,
  });
  const run = runTexts(a, nowMinute, t);
  const fullLabel = carTDay ? `${t('dayRun.carTDay', { day: carTDay })}, ${label}` : label;
  const flags = [...a.flags.map((f) => t(`schedule.flag.${f}`)), ...run].join(', ');
  return (
    <button
      type="button"
      className={`appt-block status-${a.status}${selected ? ' is-selected' : ''}${dragging ? ' is-dragging' : ''}`}
      style={{ left: `${percentAt(span, a.start)}%`, width: `${widthPercent(span, a.start, a.end)}%` }}
      aria-label={flags ? `${fullLabel}. ${flags}` : fullLabel}
      aria-pressed={selected}
      title={[
        `${clockTime(a.start)}–${clockTime(a.end)} ${carTDay ? `${carTDay} ` : ''}${a.patientName}`,
        drugs,
        status,
        flags,
      ]
        .filter(Boolean)
        .join(' · ')}
      data-testid="appointment-block"
      data-appointment-id={a.id}
      onClick={() => onSelect(a.id)}
      onPointerDown={(event) => onPointerDown(event, a)}
    >
      {/* One line: the status icon, the CAR T day, the patient, where the drug is and the flags as icons. The
          drugs, cycle and status in words are in the tooltip, the accessible name, the panel and the worklist, so
          20 chairs fit on a laptop screen. */}
      <span className="appt-status" aria-hidden="true">
        {icon}
      </span>
      {carTDay && (
        <span className="appt-cart-day" data-testid="car-t-day">
          {carTDay}
        </span>
      )}
      <BlockName name={a.patientName} />
      <BlockRun a={a} texts={run} />
      {a.flags.length > 0 && (
        <span className="appt-flags" aria-hidden="true">
          {/* The reaction flag first: on a short block it must not be the one that is cut off. */}
          {[...a.flags]
            .sort((x, y) => Number(y === 'reaction-history') - Number(x === 'reaction-history'))
            .map((f) => (
              <span key={f} className={`appt-flag flag-${f}`}>
                {FLAG_ICONS[f]}
              </span>
            ))}
        </span>
      )}
    </button>
  );
}

/**
 * "FAMILY, Given" with the given name yielding first: on a short visit the family name stays whole and only the
 * given name shrinks to "…" (the block's tooltip and the worklist give the whole name).
 */
function BlockName({ name }: { name: string }) {
  const comma = name.indexOf(', ');
  if (comma < 0)
    return (
      <span className="appt-name">
        <span className="appt-family">{name}</span>
      </span>
    );
  return (
    <span className="appt-name">
      <span className="appt-family">{name.slice(0, comma)}</span>
      <span className="appt-given">{name.slice(comma)}</span>
    </span>
  );
}
