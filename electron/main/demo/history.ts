import { randomUUID } from 'node:crypto';
import { addDays, weekdayOf } from '../../../shared/center/calendar';
import { EMPTY_VITALS } from '../../../shared/charting/vitals';
import { SYMPTOM_SCREEN, screenKey } from '../../../shared/charting/symptom-screen';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import type { Core } from '../core/create-core';
import { clinicTimeZone } from '../services/center/clinic-clock';
import { DEMO_ACCOUNTS } from './orders';
import { seededRandom } from './random';

// The demo's recent past, so the Reports screen has something to show: the doses of the demo plans that fell
// in the last two weeks (booking skips past doses) are booked on their day and charted at the chair through
// the same channels a nurse uses, with the core's clock moved to that day: check-in, assessment, the double
// check, start and stop, a few infusion reactions and side effects, and the chair released after observation.
// Needs a settable clock (the seed's frozen one); the clock is put back on "today" afterwards.

type SettableClock = { set(iso: string): void; now(): Date };
type Random = ReturnType<typeof seededRandom>;

async function as<C extends IpcChannel>(core: Pick<Core, 'dispatch'>, channel: C, input: IpcInput<C>) {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`Demo history: ${channel} was refused: ${result.error.message}`);
  return result.value as IpcOutput<C>;
}

const request = () => randomUUID();

interface Visit {
  planId: string;
  doseNumber: number;
  date: string;
  patientId: string;
  drugId: string;
  doseMg: number;
  minutes: number;
}

function assessment(weightKg: number) {
  return {
    vitals: {
      ...EMPTY_VITALS,
      temperatureC: 36.7,
      heartRate: 76,
      bpSystolic: 126,
      bpDiastolic: 78,
      respiratoryRate: 16,
      spo2: 98,
      weightKg,
      pain: 0,
    },
    flags: [],
    screen: Object.fromEntries(SYMPTOM_SCREEN.map((i) => [screenKey(i), 'no'])),
    screenNotes: '',
    ready: {
      premedication: 'not-required',
      premedicationTime: null,
      premedicationText: '',
    },
  };
}

function administration(v: Visit) {
  const rate = Math.round((100 * 600) / v.minutes) / 10;
  return {
    drugId: v.drugId,
    order: 1,
    bag: {
      drugId: v.drugId,
      doseMg: v.doseMg,
      volumeMl: 100,
      rateMlPerHour: rate,
      route: 'IV',
      lot: 'DEMO-LOT',
      expiry: '2027-06-30',
    },
    line: 'peripheral',
    site: 'Left forearm',
    filterUsed: 'yes',
    premedication: '',
    notes: '',
  };
}

function reaction(administrationEntryId: string, drugId: string, grade: 1 | 2, onset: string) {
  return {
    drugId,
    drugName: drugId,
    administrationEntryId,
    onsetTime: onset,
    symptoms: ['flushing'],
    symptomsText: '',
    vitalsSeries: [],
    medications: [],
    questions: {
      lifeThreatening: false,
      hospitalisation: false,
      recurrence: false,
      interruptionOrTreatment: grade === 2,
      promptResponse: grade === 2 ? true : null,
    },
    suggestedGrade: grade,
    grade,
    ctcaeVersion: '5.0',
    meddraCode: '10051792',
    outcome: 'resolved',
    outcomeText: '',
  };
}

/** Past doses of single-drug, flat-dose plans in [from, to) on weekdays: the visits to chart. */
async function pastVisits(core: Core, planIds: readonly string[], from: string, to: string): Promise<Visit[]> {
  const visits: Visit[] = [];
  for (const planId of planIds) {
    const plan = await as(core, 'plans:get', { planId });
    for (const dose of plan.doses) {
      const item = dose.items[0];
      const minutes = dose.infusionMinutes ?? item?.infusionMinutes ?? null;
      const day = dose.targetDate;
      if (dose.items.length !== 1 || !item?.doseMg || minutes === null) continue;
      if (day < from || day >= to || [0, 6].includes(weekdayOf(day)) || dose.appointment) continue;
      visits.push({
        planId,
        doseNumber: dose.doseNumber,
        date: day,
        patientId: plan.patientId,
        drugId: item.drugId,
        doseMg: item.doseMg,
        minutes,
      });
    }
  }
  return visits;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Books the dose on its day in the first chair and time that fits (the booking rules decide), or null. */
async function book(core: Core, v: Visit, chairIds: readonly string[], random: Random) {
  for (let attempt = 0; attempt < 24; attempt++) {
    const start = 8 * 60 + 15 * random.int(0, 28);
    const chairId = random.pick(chairIds);
    const booked = await core.dispatch('schedule:book-dose', {
      planId: v.planId,
      doseNumber: v.doseNumber,
      date: v.date,
      chairId,
      start,
    });
    if (booked.ok) return booked.value as IpcOutput<'schedule:book-dose'>;
  }
  return null;
}

/** One visit from booking to chair release; returns false when the day had no room (left unbooked). */
async function chartVisit(
  core: Core,
  clock: SettableClock,
  v: Visit,
  chairIds: readonly string[],
  random: Random,
): Promise<boolean> {
  // Time passes in five-minute steps with the nurse active at each, as at a real chair (the idle lock).
  const at = async (minute: number) => {
    const target = zonedMinuteToUtc(v.date, minute, clinicTimeZone()).getTime();
    let now = clock.now().getTime();
    if (now > target || target - now > 12 * 3600_000) now = target;
    while (now < target) {
      now = Math.min(target, now + 5 * 60_000);
      clock.set(new Date(now).toISOString());
      await as(core, 'auth:activity', {});
    }
    clock.set(new Date(target).toISOString());
  };
  const { nurse, charge } = DEMO_ACCOUNTS;
  await at(7 * 60);
  await as(core, 'auth:sign-in', { initials: charge.initials, secret: charge.secret });
  const appointment = await book(core, v, chairIds, random);
  if (!appointment) return false;
  const patient = await as(core, 'patients:get', { id: v.patientId });
  const arrival = appointment.start - 20 + random.int(0, 25);
  await at(arrival);
  const name = `${patient.givenName} ${patient.familyName}`;
  await as(core, 'charting:check-in', {
    appointmentId: appointment.id,
    name,
    dateOfBirth: patient.birthDate,
    clientRequestId: request(),
  });
  const base = { patientId: v.patientId, appointmentId: appointment.id };
  const draft = <K extends IpcInput<'charting:save-draft'>['kind']>(kind: K, payload: object) =>
    as(core, 'charting:save-draft', { ...base, kind, payload: payload as never, clientRequestId: request() });
  await at(arrival + 10);
  const assessed = await draft('assessment', assessment(patient.weightKg ?? 70));
  await as(core, 'charting:sign', { id: assessed.id, clientRequestId: request() });
  const admin = await draft('administration', administration(v));
  const check = await draft('double-check', { administrationEntryId: admin.entryId, reading: administration(v).bag });
  const verified = await as(core, 'auth:verify-second-user', {
    initials: nurse.initials,
    secret: nurse.secret,
    actionId: `chart-sign:${check.id}`,
  });
  await as(core, 'charting:sign', { id: check.id, clientRequestId: request(), verificationToken: verified.token });
  const start = arrival + 20 + random.int(0, 30);
  await at(start);
  const infusion = (action: 'start' | 'stop', extra: object = {}) =>
    as(core, 'charting:infusion', {
      appointmentId: appointment.id,
      drugId: v.drugId,
      action,
      clientRequestId: request(),
      ...extra,
    });
  // The demo's past visits have no lab results on file: each one held for ready-to-treat is released by the
  // fictional prescriber's order, entered by the nurse, as the chairside would record it.
  const ready = await as(core, 'ready:evaluate', { appointmentId: appointment.id });
  if (!ready.canStart) {
    await as(core, 'ready:release', {
      appointmentId: appointment.id,
      prescriberName: 'Dr Nadia Okafor (fictional)',
      orderedAt: hhmm(start),
      reason: 'Demo history: treat today, labs reviewed by the prescriber outside Chairside',
    });
  }
  await infusion('start');
  if (random.chance(0.12)) {
    await at(start + 10);
    const r = await draft('reaction', reaction(admin.entryId, v.drugId, random.chance(0.5) ? 1 : 2, hhmm(start + 10)));
    await as(core, 'charting:sign', { id: r.id, clientRequestId: request() });
  }
  await at(start + v.minutes);
  const stopped = await infusion('stop', { complete: true });
  await as(core, 'charting:sign', { id: admin.id, clientRequestId: request() });
  const release = stopped.observationEnds ?? hhmm(start + v.minutes);
  const [h, m] = release.split(':').map(Number) as [number, number];
  await at(h * 60 + m + random.int(0, 10));
  await as(core, 'charting:visit', { appointmentId: appointment.id, action: 'discharge', clientRequestId: request() });
  return true;
}

/** Side effects reported at a later visit: graded CTCAE terms with onset a few days after the dose. */
const IRAE_TERMS = ['Rash maculo-papular', 'Hypothyroidism', 'Diarrhea', 'Pruritus', 'Fatigue'];

async function chartIrae(core: Core, clock: SettableClock, v: Visit, today: string, random: Random): Promise<void> {
  const term = core.deps.library.ctcaeTerms.find((t) => t.term === IRAE_TERMS[random.int(0, IRAE_TERMS.length - 1)]);
  if (!term) return;
  // Reported a few days after the dose, never after "today"; charted on the day it was reported.
  const later = addDays(v.date, random.int(3, 10));
  const onset = later < today ? later : v.date;
  clock.set(zonedMinuteToUtc(onset, 12 * 60, clinicTimeZone()).toISOString());
  const { charge } = DEMO_ACCOUNTS;
  await as(core, 'auth:sign-in', { initials: charge.initials, secret: charge.secret });
  const payload = {
    meddraCode: term.meddraCode,
    term: term.term,
    grade: random.chance(0.6) ? 1 : 2,
    ctcaeVersion: '5.0',
    onsetDate: onset,
    resolutionDate: null,
    attribution: 'possible',
    actions: ['none'],
    notes: '',
    planId: v.planId,
  };
  const saved = await as(core, 'charting:save-draft', {
    patientId: v.patientId,
    appointmentId: null,
    kind: 'irae',
    payload: payload,
    clientRequestId: request(),
  });
  await as(core, 'charting:sign', { id: saved.id, clientRequestId: request() });
}

export interface HistorySummary {
  visits: number;
  unbooked: number;
  /** Visits a channel refused part-way (named in `refusals`): left as a real visit would be, half charted. */
  refused: number;
  refusals: string[];
}

/** Charts the plans' doses of the last `weeks` weeks before `today`, then puts the clock back at `restoreTo`. */
export async function seedHistory(
  core: Core,
  planIds: readonly string[],
  options: { today: string; chairIds: readonly string[]; weeks?: number; restoreTo: string; seed?: number },
): Promise<HistorySummary> {
  const clock = core.deps.clock as Partial<SettableClock>;
  if (typeof clock.set !== 'function') return { visits: 0, unbooked: 0, refused: 0, refusals: [] };
  const settable = clock as SettableClock;
  const random = seededRandom(options.seed ?? 1717);
  // The charge nurse charts (a password signs in; the demo nurse's PIN only unlocks) and the nurse double-checks.
  const { charge } = DEMO_ACCOUNTS;
  await as(core, 'auth:sign-in', { initials: charge.initials, secret: charge.secret });
  const visits = (
    await pastVisits(core, planIds, addDays(options.today, -7 * (options.weeks ?? 2)), options.today)
  ).sort((a, b) => a.date.localeCompare(b.date));
  const summary: HistorySummary = { visits: 0, unbooked: 0, refused: 0, refusals: [] };
  try {
    for (const v of visits) {
      try {
        if (!(await chartVisit(core, settable, v, options.chairIds, random))) {
          summary.unbooked += 1;
          continue;
        }
        summary.visits += 1;
        if (random.chance(0.15)) await chartIrae(core, settable, v, options.today, random);
      } catch (error) {
        summary.refused += 1;
        summary.refusals.push(error instanceof Error ? error.message : String(error));
      }
    }
  } finally {
    settable.set(options.restoreTo);
    await core.dispatch('auth:sign-out', {});
  }
  return summary;
}
