import type { ClinicalLibrary } from '../../../shared/clinical';
import { weekdayOf } from '../../../shared/center/calendar';
import { patientCreateInput } from '../../../shared/ipc/contract/patients';
import type { AppointmentStatus } from '../../../shared/schedule/status';
import { chairTimeFor, type ChairTimeRules } from '../../../shared/schedule/chair-time';
import { addDays } from '../../../shared/scheduling/chooseDay';
import type { ClinicDay } from '../../../shared/scheduling/model';
import type { PatientFields } from '../repositories/patients';
import type { NewDose, NewPlan } from '../repositories/plans';
import { regimenPlan } from '../services/plans/plan-builder';
import { demoPatient } from './patients';
import { DEMO_REGIMENS } from './plans';
import { seededRandom } from './random';

// Years of a busy center's history, generated without the placer (which would take hours at this volume):
// plans start every open day, their doses land on their due day (or the next open one within the tolerance)
// and fill each chair from opening, one after the other, so no two visits ever overlap on a chair — the
// 0060 trigger checks every insert anyway. Everything is written through a Sink inside one transaction.

export interface Sink {
  patient(id: string, fields: PatientFields, at: string): void;
  plan(plan: NewPlan, doses: readonly NewDose[]): void;
  appointment(a: GeneratedAppointment): void;
}

export interface GeneratedAppointment {
  id: string;
  planId: string;
  doseNumber: number;
  patientId: string;
  chairId: string;
  nurseId: string | null;
  date: string;
  start: number;
  end: number;
  status: AppointmentStatus;
  flags: string[];
}

export interface GenerateOptions {
  from: string;
  to: string;
  today: string;
  /** Open days by date; a date missing or null is closed. */
  days: ReadonlyMap<string, ClinicDay | null>;
  rules: ChairTimeRules;
  toleranceDays: number;
  library: ClinicalLibrary;
  /** Average visits per chair per open day; 3 on 40 chairs for 5 years is about 150,000. */
  visitsPerChairPerDay: number;
  seed: number;
}

interface Due {
  planId: string;
  patientId: string;
  dose: NewDose;
}

type Random = ReturnType<typeof seededRandom>;

const AVERAGE_DOSES = 12;

function weightedRegimen(random: Random): string {
  const total = DEMO_REGIMENS.reduce((s, [, w]) => s + w, 0);
  let r = random.next() * total;
  for (const [id, w] of DEMO_REGIMENS) if ((r -= w) < 0) return id;
  return DEMO_REGIMENS[0]![0];
}

/** Starts plans on every open day from long enough before `from` that the first months are already busy. */
function startPlans(o: GenerateOptions, sink: Sink, random: Random): Map<string, Due[]> {
  const due = new Map<string, Due[]>();
  const chairs = [...o.days.values()].find((d) => d)?.chairs.filter((c) => c.active).length ?? 0;
  const perDay = (chairs * o.visitsPerChairPerDay) / AVERAGE_DOSES;
  let n = 0;
  for (let day = addDays(o.from, -300); day <= o.to; day = addDays(day, 1)) {
    if ([0, 6].includes(weekdayOf(day))) continue;
    const starts = Math.floor(perDay + random.next());
    for (let i = 0; i < starts; i++) {
      n += 1;
      for (const d of startOne(o, sink, random, day, n)) {
        if (d.dose.targetDate < o.from || d.dose.targetDate > o.to) continue;
        const list = due.get(d.dose.targetDate) ?? [];
        list.push(d);
        due.set(d.dose.targetDate, list);
      }
    }
  }
  return due;
}

function startOne(o: GenerateOptions, sink: Sink, random: Random, day: string, n: number): Due[] {
  const patientId = `lc-patient-${n}`;
  const fields: PatientFields = patientCreateInput.parse(demoPatient(900000 + n, day, random));
  sink.patient(patientId, fields, `${day}T12:00:00.000Z`);
  const regimen = o.library.regimens.find((r) => r.id === weightedRegimen(random)) ?? o.library.regimens[0]!;
  const options = {
    startDate: day,
    maxDoses: random.int(6, 18),
    ...(fields.weightKg ? { weightKg: fields.weightKg } : {}),
  };
  const { doses, end } = regimenPlan(o.library, regimen, options);
  const planId = `lc-plan-${n}`;
  const plan: NewPlan = {
    id: planId,
    patientId,
    kind: 'regimen',
    regimenId: regimen.id,
    regimenName: regimen.name,
    libraryVersion: o.library.manifest.libraryVersion,
    startDate: day,
    weightKgUsed: fields.weightKg,
    carT: null,
    end,
    createdAt: `${day}T12:00:00.000Z`,
    createdBy: 'demo-generator',
  };
  sink.plan(plan, doses);
  return doses.map((dose) => ({ planId, patientId, dose }));
}

/** The first open day on or after `date` within the tolerance, or null. */
function openDayFrom(o: GenerateOptions, date: string): string | null {
  for (let k = 0; k <= o.toleranceDays; k++) {
    const day = addDays(date, k);
    if (o.days.get(day)) return day;
  }
  return null;
}

function statusFor(date: string, today: string, random: Random): AppointmentStatus {
  if (date >= today) return 'scheduled';
  const r = random.next();
  return r < 0.02 ? 'no-show' : r < 0.03 ? 'cancelled' : 'completed';
}

/** Fills one day's chairs from opening; chairs start 15 minutes apart so starts are staggered. */
function placeDay(o: GenerateOptions, date: string, due: readonly Due[], sink: Sink, random: Random): number {
  const day = o.days.get(date);
  if (!day) return 0;
  const chairs = day.chairs.filter((c) => c.active);
  const free = chairs.map((_, i) => day.open + (i % 4) * o.rules.slotMinutes);
  const nurseLoad = new Map(day.nurses.map((nurse) => [nurse.id, 0]));
  let placed = 0;
  for (const d of due) {
    const minutes = chairTimeFor(
      {
        infusionMinutes: d.dose.infusionMinutes ?? 30,
        hasPremedication: d.dose.premedication.length > 0,
        isFirstDose: d.dose.isFirstDose,
      },
      o.rules,
    ).totalMinutes;
    let c = 0;
    for (let i = 1; i < free.length; i++) if (free[i]! < free[c]!) c = i;
    const start = free[c]!;
    if (start + minutes > day.close) continue;
    free[c] = start + minutes + (random.chance(0.3) ? o.rules.slotMinutes : 0);
    const covering = day.nurses.filter((nurse) => nurse.start <= start && nurse.end >= start + minutes);
    const nurse = covering.toSorted((a, b) => (nurseLoad.get(a.id) ?? 0) - (nurseLoad.get(b.id) ?? 0))[0];
    if (nurse) nurseLoad.set(nurse.id, (nurseLoad.get(nurse.id) ?? 0) + 1);
    const flags = [...(d.dose.isFirstDose ? ['first-dose'] : []), ...(random.chance(0.03) ? ['reaction-history'] : [])];
    const id = `lc-appt-${d.planId.slice(8)}-${d.dose.doseNumber}`;
    sink.appointment({
      id,
      planId: d.planId,
      doseNumber: d.dose.doseNumber,
      patientId: d.patientId,
      chairId: chairs[c]!.id,
      nurseId: nurse?.id ?? null,
      date,
      start,
      end: start + minutes,
      status: statusFor(date, o.today, random),
      flags,
    });
    placed += 1;
  }
  return placed;
}

/** Generates everything into the sink; returns how many appointments were placed and how many were not. */
export function generateLargeCenterInto(o: GenerateOptions, sink: Sink): { appointments: number; unplaced: number } {
  const random = seededRandom(o.seed);
  const due = startPlans(o, sink, random);
  const byDay = new Map<string, Due[]>();
  let unplaced = 0;
  for (const [date, list] of due) {
    const day = openDayFrom(o, date);
    if (!day) unplaced += list.length;
    else byDay.set(day, [...(byDay.get(day) ?? []), ...list]);
  }
  let appointments = 0;
  for (const date of [...byDay.keys()].sort()) {
    const list = byDay.get(date) ?? [];
    const placed = placeDay(o, date, list, sink, random);
    appointments += placed;
    unplaced += list.length - placed;
  }
  return { appointments, unplaced };
}
