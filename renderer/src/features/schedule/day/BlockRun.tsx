import type { TFunction } from 'i18next';
import type { DayAppointment } from '../../../../../shared/ipc/contract/schedule';
import { observationMinutesLeft } from '../../../../../shared/charting/visit-phase';
import { idleMinutesWaiting } from '../../../../../shared/schedule/drug-readiness';
import { clockTime } from '../../../../../shared/schedule/windows';
import { DRUG_STEP_ICONS } from '../drug-step-icons';

// What a block says about the visit as it runs: where the drug is, how long the chair has waited for it,
// and the minutes of observation left. `nowMinute` is null on any day but today.

const WAITING = ['checked-in', 'in-chair'];

export function runTexts(a: DayAppointment, nowMinute: number | null, t: TFunction): string[] {
  const texts: string[] = [];
  const drug = a.drug;
  if (drug && drug.step !== 'delivered' && !['completed', 'observation'].includes(a.status)) {
    texts.push(t(`dayRun.drugStep.${drug.step}`));
    const waited = nowMinute === null ? 0 : idleMinutesWaiting(drug.neededAt, nowMinute);
    if (WAITING.includes(a.status) && waited > 0) texts.push(t('dayRun.waiting', { minutes: waited }));
  }
  if (a.phase === 'observation' && a.observationEnds && nowMinute !== null) {
    const minutes = observationMinutesLeft(a.observationEnds, clockTime(nowMinute));
    texts.push(t('dayRun.minutesLeft', { minutes }));
  }
  return texts;
}

export function BlockRun({ a, texts }: { a: DayAppointment; texts: readonly string[] }) {
  if (texts.length === 0) return null;
  const icon = a.drug && a.drug.step !== 'delivered' ? DRUG_STEP_ICONS[a.drug.step] : '◷';
  return (
    <span className={`appt-run drug-${a.drug?.step ?? 'none'}`} data-testid="block-run">
      <span aria-hidden="true">{icon} </span>
      {texts.join(' · ')}
    </span>
  );
}
