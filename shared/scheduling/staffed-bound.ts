import type { ClinicDay } from './model';
import { resolveLimits } from './model';

// A floor on peak chairs that also counts the nurses. The plain lower bound, ceil(chair-minutes / open
// minutes), assumes every chair can be busy from opening to closing; but a visit needs a nurse on shift for
// all of it, each nurse takes at most maxPatientsPerNurse at once, and no more than maxStartsPerNursePerSlot
// starts in one slot. So in the first slots only the early nurses' starts can fill chairs, and after the
// middle shift leaves only the late nurses' patients can sit. With cap K, slot s can hold at most
// min(K, patients the nurses on shift may have, starts possible since opening) visits; the smallest K whose
// slots hold the day's chair-minutes is a floor no schedule can beat (visits are relaxed into minutes).

function nursesOnShift(day: ClinicDay, from: number, to: number): number {
  return day.nurses.filter((n) => n.start <= from && n.end >= to).length;
}

/** Most visits that can be in chairs during each slot, whatever the chair count. */
export function staffedSlotCapacity(day: ClinicDay): number[] {
  const limits = resolveLimits(day.limits);
  const step = limits.slotMinutes;
  const capacity: number[] = [];
  let startsSoFar = 0;
  for (let t = day.open; t < day.close; t += step) {
    const on = nursesOnShift(day, t, Math.min(t + step, day.close));
    startsSoFar += on * limits.maxStartsPerNursePerSlot;
    capacity.push(Math.min(on * limits.maxPatientsPerNurse, startsSoFar));
  }
  return capacity;
}

export function staffedLowerBound(day: ClinicDay, chairMinutes: number): number {
  const step = resolveLimits(day.limits).slotMinutes;
  const capacity = staffedSlotCapacity(day);
  const chairs = day.chairs.filter((c) => c.active).length;
  for (let k = 0; k <= chairs; k++) {
    const minutes = capacity.reduce((sum, c) => sum + Math.min(k, c) * step, 0);
    if (minutes >= chairMinutes) return k;
  }
  return chairs + 1;
}
