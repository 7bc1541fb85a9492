import { occupiesChair, type AppointmentStatus } from './status';

// The capacity strip above the day view: per booking slot, how many chairs are busy and how many patients
// the busiest nurse has, so a charge nurse sees at a glance where the day is over its limits (midday
// stacking is what overloads chairs and nurses: Hartford HealthCare, Oncology Practice Management, July 2021).

export interface CapacityInput {
  open: number;
  close: number;
  slotMinutes: number;
  chairCount: number;
  maxPatientsPerNurse: number;
  nurses: readonly { id: string; start: number; end: number }[];
  appointments: readonly { nurseId: string | null; start: number; end: number; status: AppointmentStatus }[];
}

export type SlotLevel = 'ok' | 'full' | 'over';

export interface CapacitySlot {
  start: number;
  end: number;
  chairsBusy: number;
  chairCount: number;
  /** Most patients any one nurse has at some moment of the slot. */
  peakPatientsPerNurse: number;
  nursesOnShift: number;
  /** The slot as a whole: 'over' if either row is over, else 'full' when every chair is busy. */
  level: SlotLevel;
  /** 'over' with more patients than chairs in service, 'full' when every chair is busy. */
  chairLevel: SlotLevel;
  /** 'over' when a nurse has more patients than the center's limit. */
  nurseLevel: Exclude<SlotLevel, 'full'>;
}

function overlaps(a: { start: number; end: number }, start: number, end: number): boolean {
  return a.start < end && start < a.end;
}

export function capacitySlots(input: CapacityInput): CapacitySlot[] {
  const step = Math.max(1, input.slotMinutes);
  const active = input.appointments.filter((a) => occupiesChair(a.status));
  const slots: CapacitySlot[] = [];
  for (let start = input.open; start < input.close; start += step) {
    const end = Math.min(start + step, input.close);
    const inSlot = active.filter((a) => overlaps(a, start, end));
    const perNurse = new Map<string, number>();
    for (const a of inSlot) if (a.nurseId) perNurse.set(a.nurseId, (perNurse.get(a.nurseId) ?? 0) + 1);
    const peak = Math.max(0, ...perNurse.values());
    const nursesOnShift = input.nurses.filter((n) => overlaps(n, start, end)).length;
    const busy = inSlot.length;
    const chairLevel: SlotLevel =
      busy > input.chairCount ? 'over' : busy >= input.chairCount && input.chairCount > 0 ? 'full' : 'ok';
    const nurseLevel = peak > input.maxPatientsPerNurse ? 'over' : 'ok';
    const level: SlotLevel = nurseLevel === 'over' ? 'over' : chairLevel;
    slots.push({
      start,
      end,
      chairsBusy: busy,
      chairCount: input.chairCount,
      peakPatientsPerNurse: peak,
      nursesOnShift,
      level,
      chairLevel,
      nurseLevel,
    });
  }
  return slots;
}
