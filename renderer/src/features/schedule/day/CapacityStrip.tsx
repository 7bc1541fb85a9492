import { useTranslation } from 'react-i18next';
import type { CapacitySlot } from '../../../../../shared/schedule/capacity';
import { clockTime } from '../../../../../shared/schedule/windows';

const LEVEL_ICONS = { ok: '', full: '●', over: '⚠' } as const;

/**
 * Two rows above the chairs, on the same time columns: chairs busy and the busiest nurse's patients per slot.
 * A slot over a limit is red with ⚠, a full one amber with ●, and each cell says it in words to a screen
 * reader (and on hover); the legend below says what the icons mean.
 */
export function CapacityRows({ slots, limit }: { slots: readonly CapacitySlot[]; limit: number }) {
  const { t } = useTranslation();
  const describe = (s: CapacitySlot) =>
    t('schedule.capacity.slot', {
      time: clockTime(s.start),
      busy: s.chairsBusy,
      chairs: s.chairCount,
      patients: s.peakPatientsPerNurse,
      limit,
      level: t(`schedule.capacity.${s.level}`),
    });
  return (
    <>
      <div className="grid-row" role="row">
        <div className="grid-rowhead capacity-head" role="rowheader" title={t('schedule.capacity.chairs')}>
          {t('schedule.capacity.chairs')}
        </div>
        {slots.map((s) => (
          <div
            key={`c${s.start}`}
            className={`capacity-cell level-${s.chairLevel}`}
            title={describe(s)}
            role="cell"
            data-testid="capacity-chairs"
          >
            <span aria-hidden="true">{LEVEL_ICONS[s.chairLevel]}</span>
            <span aria-hidden="true">{s.chairsBusy || ''}</span>
            <span className="visually-hidden">{describe(s)}</span>
          </div>
        ))}
      </div>
      <div className="grid-row" role="row">
        <div className="grid-rowhead capacity-head" role="rowheader" title={t('schedule.capacity.perNurse')}>
          {t('schedule.capacity.perNurse')}
        </div>
        {slots.map((s) => (
          <div
            key={`n${s.start}`}
            className={`capacity-cell level-${s.nurseLevel}`}
            title={describe(s)}
            role="cell"
            data-testid="capacity-nurse"
          >
            <span aria-hidden="true">{LEVEL_ICONS[s.nurseLevel]}</span>
            <span aria-hidden="true">{s.peakPatientsPerNurse || ''}</span>
          </div>
        ))}
      </div>
    </>
  );
}

export function CapacityLegend() {
  const { t } = useTranslation();
  return (
    <p className="capacity-legend">
      <span className="legend-item level-over">
        <span aria-hidden="true">⚠ </span>
        {t('schedule.capacity.over')}
      </span>
      <span className="legend-item level-full">
        <span aria-hidden="true">● </span>
        {t('schedule.capacity.full')}
      </span>
    </p>
  );
}
