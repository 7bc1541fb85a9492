import type { VisitPhase } from '../../../../shared/charting/visit-phase';
import type { PlanItem } from '../../../../shared/ipc/contract/plans';
import type { DayAppointment, ScheduleDay } from '../../../../shared/ipc/contract/schedule';
import type { CoreDeps } from '../../core/deps';
import { listChairs } from '../../repositories/center';
import { listInjectionPlaces } from '../../repositories/injection-places';
import { seatsOf } from '../../../../shared/schedule/injection-seats';
import { listNurses } from '../../repositories/center-staff';
import { toAppointment } from '../../repositories/appointments';
import { carTDay0s, dayViewRows, type DayViewRow } from '../../repositories/day-view';
import { codedReasonOf } from '../../repositories/stated-reasons';
import { daysBetween } from '../../../../shared/clinical/dates';
import { getCenterLimits, getClinicDay } from '../center/center';
import { labsPendingIds } from '../ready/labs-needed';
import { drugStates, drugStepsOn } from '../../repositories/drug-preparation';

/** FAMILY, Given: the way wristbands and chair lists write names, so two similar names are told apart. */
export function displayName(family: string, given: string): string {
  return `${family.toLocaleUpperCase()}, ${given}`;
}

export function toDayAppointment(row: DayViewRow): DayAppointment {
  const items = JSON.parse(row.items_json) as PlanItem[];
  return {
    ...toAppointment(row),
    patientName: displayName(row.family_name, row.given_name),
    mrn: row.mrn,
    cycle: row.cycle,
    drugs: items.map((i) => ({ name: i.drugName, doseMg: i.doseMg, doseText: i.doseText })),
    regimenName: row.regimen_name,
    isFirstDose: row.is_first_dose === 1,
    phase: (row.phase as VisitPhase | null) ?? null,
    observationEnds: row.observation_ends,
    statusReason: row.status_reason,
    statusReasonCoded: codedReasonOf(row.status_reason_code, row.status_reason_params_json),
  };
}

/**
 * One day for the day view. On a closed day (a closure added after booking, say) the appointments still
 * show, over the hours they take, so nobody is forgotten.
 */
export async function scheduleDay(deps: CoreDeps, date: string): Promise<ScheduleDay> {
  const db = deps.store.db;
  const [day, limits, chairs, staff, rows] = [
    await getClinicDay(db, date),
    await getCenterLimits(db),
    await listChairs(db),
    await listNurses(db),
    await dayViewRows(db, date),
  ];
  // "Labs pending" is not stored: it is the labs-needed answer for this day, so it clears as results arrive.
  const pending = await labsPendingIds(deps, date);
  const drugs = drugStates(await drugStepsOn(db, date));
  const day0s = await carTDay0s(
    db,
    rows.map((r) => r.plan_id),
  );
  const appointments = rows.map((row) => {
    const shown = toDayAppointment(row);
    const a =
      pending.has(shown.id) && !shown.flags.includes('labs-pending')
        ? { ...shown, flags: [...shown.flags, 'labs-pending' as const] }
        : shown;
    const state = drugs.get(a.id);
    const neededAt = Math.min(a.start + limits.preAssessmentMinutes, a.end);
    const day0 = day0s.get(a.planId);
    const carTDay = day0 ? daysBetween(day0, date) : null;
    const drug = { step: state?.step ?? 'ordered', neededAt, waitMinutes: state?.waitMinutes ?? null } as const;
    // A visit where nothing is given (CAR T monitoring) waits for no drug.
    return a.drugs.length > 0 ? { ...a, carTDay, drug } : { ...a, carTDay };
  });
  const names = new Map(staff.map((n) => [n.id, n.displayName]));
  const open = day?.open ?? Math.min(...appointments.map((a) => a.start), 24 * 60);
  const close = day?.close ?? Math.max(...appointments.map((a) => a.end), 0);
  return {
    date,
    isOpen: day !== null,
    open: Math.min(open, close),
    close,
    slotMinutes: limits.slotMinutes,
    maxPatientsPerNurse: limits.maxPatientsPerNurse,
    chairs: chairs.map((c) => ({ id: c.id, name: c.name, active: c.active })),
    injectionSeats: (await listInjectionPlaces(db))
      .flatMap(seatsOf)
      .map((s) => ({ id: s.id, name: s.name, active: s.active })),
    nurses: (day?.nurses ?? []).map((n) => ({ id: n.id, name: names.get(n.id) ?? n.id, start: n.start, end: n.end })),
    appointments,
  };
}
