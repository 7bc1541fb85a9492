import { addDays } from '../../../../shared/scheduling/chooseDay';
import type { ReportRange, ReportSummary } from '../../../../shared/ipc/contract/reports';
import { openDates, staffingFigures, utilisationCells, type Interval } from '../../../../shared/reports/chairs';
import { clockMinutes, waitFigures } from '../../../../shared/reports/waiting';
import { occupiesChair, type AppointmentStatus } from '../../../../shared/schedule/status';
import { dateInZone, minuteInZone, zonedMinuteToUtc } from '../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../core/deps';
import * as repo from '../../repositories/reports';
import { clinicTimeZone } from '../center/clinic-clock';
import { carTRows, educationFigures, iraeRows, reactionRows } from './reports-events';

// The center report for a date range: figures computed here from the indexed reads of
// repositories/reports.ts. Times: appointments and charted clock times are clinic wall-clock minutes;
// signatures are UTC instants, turned into clinic minutes in the clinic's zone.

export function rangeDates(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** Booked = every appointment not cancelled or held (a no-show's chair was kept for them). */
function isBooked(status: string): boolean {
  return status !== 'cancelled' && status !== 'held';
}

type Appointments = Awaited<ReturnType<typeof repo.appointmentsInRange>>;

/** The first start of each visit that was not voided. */
function firstStarts(rows: Awaited<ReturnType<typeof repo.startsInRange>>): Map<string, number> {
  const voided = new Set(rows.filter((r) => r.action === 'void').map((r) => r.voids_event_id));
  const starts = new Map<string, number>();
  for (const r of rows) {
    if (r.action !== 'start' || voided.has(r.id)) continue;
    const minute = clockMinutes(r.clock_time);
    starts.set(r.appointment_id, Math.min(starts.get(r.appointment_id) ?? minute, minute));
  }
  return starts;
}

async function visitTimes(deps: CoreDeps, range: ReportRange, appointments: Appointments, zone: string) {
  const db = deps.store.db;
  const byId = new Map(appointments.map((a) => [a.id, a]));
  const checkIns = new Map<string, number>();
  for (const c of await repo.checkInsInRange(db, range.from, range.to)) {
    const a = byId.get(c.appointment_id);
    if (!c.signed_at || !a) continue;
    const at = new Date(c.signed_at);
    // A check-in signed on another day than the visit (a late correction) tells nothing about waiting.
    if (dateInZone(at, zone) === a.date) checkIns.set(a.id, minuteInZone(at, zone));
  }
  const starts = firstStarts(await repo.startsInRange(db, range.from, range.to));
  const releases = new Map<string, number>();
  for (const d of await repo.dischargesInRange(db, range.from, range.to)) {
    releases.set(d.appointment_id, clockMinutes(d.clock_time));
  }
  return { checkIns, starts, releases };
}

function occupiedIntervals(appointments: Appointments, times: Awaited<ReturnType<typeof visitTimes>>): Interval[] {
  const out: Interval[] = [];
  for (const a of appointments) {
    const start = times.checkIns.get(a.id);
    const end = times.releases.get(a.id);
    if (start !== undefined && end !== undefined && end > start) out.push({ date: a.date, start, end });
  }
  return out;
}

async function sameDayCancellations(deps: CoreDeps, range: ReportRange, zone: string): Promise<number> {
  const rows = await repo.cancellationsInRange(deps.store.db, range.from, range.to);
  const sameDay = new Set(
    rows.filter((r) => dateInZone(new Date(r.at_utc), zone) === r.date).map((r) => r.appointment_id),
  );
  return sameDay.size;
}

async function chairFigures(deps: CoreDeps, range: ReportRange, appointments: Appointments, zone: string) {
  const shape = await repo.centerShape(deps.store.db, range.from, range.to);
  const hours = shape.hours.map((h) => ({
    weekday: h.weekday,
    open: h.open_minute,
    close: h.close_minute,
    closed: h.is_closed === 1,
  }));
  const dates = rangeDates(range.from, range.to);
  const closures = new Set(shape.closures);
  const booked = appointments.filter((a) => isBooked(a.status));
  const times = await visitTimes(deps, range, appointments, zone);
  const occupied = occupiedIntervals(appointments, times);
  const cells = utilisationCells({
    dates,
    hours,
    closures,
    activeChairs: shape.activeChairs,
    booked: booked.map((a) => ({ date: a.date, start: a.start_minute, end: a.end_minute })),
    occupied,
  });
  return { shape, hours, dates, closures, booked, times, occupied, cells };
}

function staffing(appointments: Appointments, limits: Awaited<ReturnType<typeof repo.centerShape>>['limits']) {
  const inChair = appointments.filter((a) => occupiesChair(a.status as AppointmentStatus));
  const assigned = inChair.filter((a) => a.nurse_id !== null);
  const rules = {
    maxPatientsPerNurse: limits?.max_patients_per_nurse ?? 4,
    maxStartsPerNursePerSlot: limits?.max_starts_per_nurse_per_slot ?? 1,
    slotMinutes: limits?.slot_minutes ?? 15,
  };
  const figures = staffingFigures(
    assigned.map((a) => ({ date: a.date, start: a.start_minute, end: a.end_minute, nurseId: a.nurse_id! })),
    rules,
  );
  return { ...rules, ...figures, unassignedVisits: inChair.length - assigned.length };
}

export async function reportSummary(deps: CoreDeps, range: ReportRange): Promise<ReportSummary> {
  const zone = clinicTimeZone();
  const appointments = await repo.appointmentsInRange(deps.store.db, range.from, range.to);
  const chairs = await chairFigures(deps, range, appointments, zone);
  const waits: number[] = [];
  for (const [id, checkIn] of chairs.times.checkIns) {
    const start = chairs.times.starts.get(id);
    if (start !== undefined) waits.push(start - checkIn);
  }
  const fromUtc = zonedMinuteToUtc(addDays(range.from, -1), 0, zone).toISOString();
  return {
    range: { from: range.from, to: range.to },
    utilisation: {
      activeChairs: chairs.shape.activeChairs,
      openDays: openDates(chairs.dates, chairs.hours, chairs.closures).length,
      cells: chairs.cells,
      occupiedVisits: chairs.occupied.length,
      bookedVisits: chairs.booked.length,
    },
    staffing: staffing(appointments, chairs.shape.limits),
    waiting: {
      ...waitFigures(waits),
      drugWaitMedianMinutes: null,
      bookedVisits: chairs.booked.length,
      noShows: appointments.filter((a) => a.status === 'no-show').length,
      sameDayCancellations: await sameDayCancellations(deps, range, zone),
    },
    reactions: await reactionRows(deps, range),
    iraes: await iraeRows(deps, range, fromUtc),
    carT: await carTRows(deps, range, fromUtc),
    education: await educationFigures(deps, appointments),
  };
}
