import { daysBetween } from '../../../../shared/clinical';
import type { ChairsideWorklist, MonitoringItem } from '../../../../shared/ipc/contract/charting-visit';
import { carTDates } from '../../../../shared/ipc/contract/plans';
import { occupiesChair } from '../../../../shared/schedule/status';
import type { CoreDeps } from '../../core/deps';
import { clinicToday } from '../center/clinic-clock';
import { displayName, scheduleDay } from '../schedule/schedule-day';
import { visitsOfUser } from '../../repositories/my-visits';
import { checkedInAppointmentIds } from '../../repositories/chart';
import { carTPlanRows, planKindsOf } from '../../repositories/plans';

// The chairside's starting list: the day's visits that still hold a chair (with whether each is checked
// in), and the CAR T patients in their day 0–14 monitoring window, who are graded without a visit.

/** ASTCT grading is shown for the first two weeks after the infusion (the June 2025 CAR T labels: at least 2 weeks of monitoring). */
export const CAR_T_TREND_DAYS = 14;

async function carTMonitoring(deps: CoreDeps, date: string): Promise<MonitoringItem[]> {
  const items: MonitoringItem[] = [];
  for (const row of await carTPlanRows(deps.store.db)) {
    const dates = row.car_t_json ? carTDates.safeParse(JSON.parse(row.car_t_json)) : null;
    if (!dates?.success) continue;
    const day = daysBetween(dates.data.day0, date);
    // Day 0–14, and longer when the plan's daily monitoring runs longer (Aucatzyl counts from its second dose).
    const lastDay = Math.max(CAR_T_TREND_DAYS, daysBetween(dates.data.day0, dates.data.dailyMonitoringEnd));
    if (day < 0 || day > lastDay) continue;
    items.push({
      patientId: row.patient_id,
      patientName: displayName(row.family_name, row.given_name),
      mrn: row.mrn,
      planId: row.id,
      productName: row.regimen_name,
      day0: dates.data.day0,
      day,
    });
  }
  return items.sort((a, b) => a.patientName.localeCompare(b.patientName));
}

/** The day's visits, with whether each is `userId`'s (see repositories/my-visits.ts), and the CAR T monitoring. */
export async function chairsideWorklist(
  deps: CoreDeps,
  date: string | undefined,
  userId: string | null,
): Promise<ChairsideWorklist> {
  const db = deps.store.db;
  const day = date ?? clinicToday(deps);
  const schedule = await scheduleDay(deps, day);
  const live = schedule.appointments.filter((a) => occupiesChair(a.status));
  const ids = live.map((a) => a.id);
  const planIds = [...new Set(live.map((a) => a.planId))];
  const isChecked = await checkedInAppointmentIds(db, ids);
  const kinds = await planKindsOf(db, planIds);
  const carTPlans = new Set(kinds.filter((k) => k.kind === 'car-t').map((k) => k.id));
  const chairs = new Map([...schedule.chairs, ...schedule.injectionSeats].map((c) => [c.id, c.name]));
  const mine = userId ? await visitsOfUser(db, userId, ids) : new Set<string>();
  return {
    date: day,
    appointments: live
      .sort((a, b) => a.start - b.start || a.patientName.localeCompare(b.patientName))
      .map((a) => ({
        appointmentId: a.id,
        patientId: a.patientId,
        patientName: a.patientName,
        mrn: a.mrn,
        start: a.start,
        end: a.end,
        chairName: chairs.get(a.chairId) ?? a.chairId,
        status: a.status,
        phase: a.phase,
        observationEnds: a.observationEnds,
        flags: a.flags,
        drugs: a.drugs,
        regimenName: a.regimenName,
        isCarT: carTPlans.has(a.planId),
        isCheckedIn: isChecked.has(a.id),
        isMine: mine.has(a.id),
      })),
    carTMonitoring: await carTMonitoring(deps, day),
  };
}
