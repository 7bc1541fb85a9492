import { listInjectionPlaces } from '../../repositories/injection-places';
import type { CenterLimits, CenterSetup } from '../../../../shared/ipc/contract/center';
import type { ClinicDay, NurseShift } from '../../../../shared/scheduling/model';
import { weekdayOf } from '../../../../shared/center/calendar';
import { findClosure, listChairs, listClosures, listHours, readLimits } from '../../repositories/center';
import { listNurses, listOverrides } from '../../repositories/center-staff';
import type { Executor } from '../audit/audit';

// The read side of center setup, exported for scheduling and booking: what a given day looks like.

/** The center's scheduling limits (settings with conservative defaults, not clinical facts: no published standard fixes them). */
export async function getCenterLimits(db: Executor): Promise<CenterLimits> {
  return readLimits(db);
}

/** Everything the Settings screen edits; closures and one-day shift changes from `today` on. */
export async function getCenterSetup(db: Executor, today: string): Promise<CenterSetup> {
  return {
    chairs: await listChairs(db),
    injectionPlaces: await listInjectionPlaces(db),
    hours: await listHours(db),
    closures: await listClosures(db, today),
    nurses: await listNurses(db),
    overrides: await listOverrides(db, today),
    limits: await readLimits(db),
  };
}

/**
 * One clinic day in the scheduling engine's model, or null when the center is closed that day (a closed
 * weekday or a closure date). Chairs out of service are included with `active: false`, so a day view can
 * still show what was booked on them; only active nurses with a shift that day are listed, their weekly
 * shift replaced by that day's change when there is one.
 */
export async function getClinicDay(db: Executor, date: string): Promise<ClinicDay | null> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  if (await findClosure(db, date)) return null;
  const weekday = weekdayOf(date);
  const hours = (await listHours(db)).find((h) => h.weekday === weekday);
  if (!hours || hours.isClosed) return null;
  const limits = await readLimits(db);
  const chairs = await listChairs(db);
  return {
    date,
    open: hours.openMinute,
    close: hours.closeMinute,
    chairs: chairs.map((c) => ({ id: c.id, active: c.active, ...(c.area ? { area: c.area } : {}) })),
    nurses: await nursesOn(db, date, weekday),
    limits: {
      maxPatientsPerNurse: limits.maxPatientsPerNurse,
      maxStartsPerNursePerSlot: limits.maxStartsPerNursePerSlot,
      slotMinutes: limits.slotMinutes,
    },
  };
}

async function nursesOn(db: Executor, date: string, weekday: number): Promise<NurseShift[]> {
  const nurses = (await listNurses(db)).filter((n) => n.active);
  const overrides = new Map((await listOverrides(db, date, date)).map((o) => [o.nurseId, o]));
  const working: NurseShift[] = [];
  for (const nurse of nurses) {
    const change = overrides.get(nurse.id);
    if (change?.isOff) continue;
    if (change && change.startMinute !== null && change.endMinute !== null) {
      working.push({ id: nurse.id, start: change.startMinute, end: change.endMinute });
      continue;
    }
    const usual = nurse.shifts.find((s) => s.weekday === weekday);
    if (usual) working.push({ id: nurse.id, start: usual.startMinute, end: usual.endMinute });
  }
  return working;
}
