import { randomUUID } from 'node:crypto';
import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import { clockTime, parseClockTime } from '../../../shared/time/clock';
import type { Core } from '../core/create-core';
import { clinicTimeZone } from '../services/center/clinic-clock';
import { administration, assessment, reaction, type Visit } from './history-entries';
import { DEMO_ACCOUNTS } from './orders';
import type { seededRandom } from './random';

// One past visit charted at the chair through the same channels a nurse uses, with the core's clock moved
// through the visit's day: booking, check-in, assessment, the double check, start and stop, now and then an
// infusion reaction, and the chair released after observation (history.ts picks the visits).

export type SettableClock = { set(iso: string): void; now(): Date };
export type Random = ReturnType<typeof seededRandom>;

/** A channel called as the signed-in demo nurse; a refusal stops this visit (history.ts counts it). */
export async function as<C extends IpcChannel>(core: Pick<Core, 'dispatch'>, channel: C, input: IpcInput<C>) {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`Demo history: ${channel} was refused: ${result.error.message}`);
  return result.value as IpcOutput<C>;
}

export const request = () => randomUUID();

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

/** Moves the clock to a minute of the visit's day in five-minute steps, the nurse active at each (the idle lock). */
function walker(core: Core, clock: SettableClock, date: string) {
  return async (minute: number) => {
    const target = zonedMinuteToUtc(date, minute, clinicTimeZone()).getTime();
    let now = clock.now().getTime();
    if (now > target || target - now > 12 * 3600_000) now = target;
    while (now < target) {
      now = Math.min(target, now + 5 * 60_000);
      clock.set(new Date(now).toISOString());
      await as(core, 'auth:activity', {});
    }
    clock.set(new Date(target).toISOString());
  };
}

type Walk = ReturnType<typeof walker>;

/** Check-in, the signed assessment, the administration draft and its signed double check; answers the draft. */
async function prepare(core: Core, walk: Walk, v: Visit, appointmentId: string, arrival: number) {
  const patient = await as(core, 'patients:get', { id: v.patientId });
  await walk(arrival);
  await as(core, 'charting:check-in', {
    appointmentId,
    name: `${patient.givenName} ${patient.familyName}`,
    dateOfBirth: patient.birthDate,
    clientRequestId: request(),
  });
  const draft = <K extends IpcInput<'charting:save-draft'>['kind']>(kind: K, payload: object) =>
    as(core, 'charting:save-draft', {
      patientId: v.patientId,
      appointmentId,
      kind,
      payload: payload as never,
      clientRequestId: request(),
    });
  await walk(arrival + 10);
  const assessed = await draft('assessment', assessment(patient.weightKg ?? 70));
  await as(core, 'charting:sign', { id: assessed.id, clientRequestId: request() });
  const admin = await draft('administration', administration(v));
  const check = await draft('double-check', { administrationEntryId: admin.entryId, reading: administration(v).bag });
  const { nurse } = DEMO_ACCOUNTS;
  const verified = await as(core, 'auth:verify-second-user', {
    initials: nurse.initials,
    secret: nurse.secret,
    actionId: `chart-sign:${check.id}`,
  });
  await as(core, 'charting:sign', { id: check.id, clientRequestId: request(), verificationToken: verified.token });
  return { admin, draft };
}

/**
 * The demo's past visits have no lab results on file: each one held for ready-to-treat is released by the
 * fictional prescriber's order, entered by the nurse, as the chairside would record it.
 */
async function releaseIfHeld(core: Core, appointmentId: string, start: number) {
  const ready = await as(core, 'ready:evaluate', { appointmentId });
  if (ready.canStart) return;
  await as(core, 'ready:release', {
    appointmentId,
    prescriberName: 'Dr Nadia Okafor (fictional)',
    orderedAt: clockTime(start),
    reason: 'Demo history: treat today, labs reviewed by the prescriber outside Chairside',
  });
}

/** One visit from booking to chair release; returns false when the day had no room (left unbooked). */
export async function chartVisit(
  core: Core,
  clock: SettableClock,
  v: Visit,
  chairIds: readonly string[],
  random: Random,
): Promise<boolean> {
  const walk = walker(core, clock, v.date);
  const { charge } = DEMO_ACCOUNTS;
  await walk(7 * 60);
  await as(core, 'auth:sign-in', { initials: charge.initials, secret: charge.secret });
  const appointment = await book(core, v, chairIds, random);
  if (!appointment) return false;
  const arrival = appointment.start - 20 + random.int(0, 25);
  const { admin, draft } = await prepare(core, walk, v, appointment.id, arrival);
  const start = arrival + 20 + random.int(0, 30);
  await walk(start);
  const infusion = (action: 'start' | 'stop', extra: object = {}) =>
    as(core, 'charting:infusion', {
      appointmentId: appointment.id,
      drugId: v.drugId,
      action,
      clientRequestId: request(),
      ...extra,
    });
  await releaseIfHeld(core, appointment.id, start);
  await infusion('start');
  if (random.chance(0.12)) {
    await walk(start + 10);
    const r = await draft(
      'reaction',
      reaction(admin.entryId, v.drugId, random.chance(0.5) ? 1 : 2, clockTime(start + 10)),
    );
    await as(core, 'charting:sign', { id: r.id, clientRequestId: request() });
  }
  await walk(start + v.minutes);
  const stopped = await infusion('stop', { complete: true });
  await as(core, 'charting:sign', { id: admin.id, clientRequestId: request() });
  const ends = stopped.observationEnds ?? clockTime(start + v.minutes);
  const release = parseClockTime(ends, { endOfDay: true }) ?? start + v.minutes;
  await walk(release + random.int(0, 10));
  await as(core, 'charting:visit', { appointmentId: appointment.id, action: 'discharge', clientRequestId: request() });
  return true;
}
