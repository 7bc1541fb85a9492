import type { PharmacyDay, PharmacyItem } from '../../../../shared/ipc/contract/pharmacy';
import { nextDrugStep, idleMinutesWaiting, type DrugStep } from '../../../../shared/schedule/drug-readiness';
import { occupiesChair } from '../../../../shared/schedule/status';
import { minuteInZone } from '../../../../shared/schedule/timezone';
import { conflict, forbidden, notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { findAppointment } from '../../repositories/appointments';
import { listPlaceNames } from '../../repositories/injection-places';
import { dayViewRows } from '../../repositories/day-view';
import { drugStates, drugStepsOf, drugStepsOn, insertDrugStep } from '../../repositories/drug-preparation';
import { effectiveRole, findUserById } from '../../repositories/users';
import { recordChange } from './appointment-log';
import type { Executor } from '../audit/audit';
import { getCenterLimits } from '../center/center';
import { clinicTimeZone, clinicToday } from '../center/clinic-clock';
import { toDayAppointment } from './schedule-day';

// Each visit's drug from the order to the chair: the pharmacy's list for the day, in start order, and the
// steps verified → in preparation → ready → delivered, each recorded once with who and when. Only a
// pharmacist verifies. At delivery, the minutes the chair waited are recorded for the reports: counted from
// when the chair needed the drug (start + pre-assessment) and only if the patient was already there.

/** The patient has arrived and is waiting on the chair, so a late drug costs chair time. */
const WAITING_STATUSES = ['checked-in', 'in-chair'];

async function dayItems(ex: Executor, date: string): Promise<PharmacyItem[]> {
  const limits = await getCenterLimits(ex);
  const chairs = new Map((await listPlaceNames(ex)).map((c) => [c.id, c.name]));
  const states = drugStates(await drugStepsOn(ex, date));
  // A visit where nothing is given (a CAR T monitoring visit) has nothing for the pharmacy to prepare.
  const live = (await dayViewRows(ex, date))
    .map(toDayAppointment)
    .filter((a) => occupiesChair(a.status) && a.drugs.length > 0);
  return live
    .map((a) => ({
      appointmentId: a.id,
      date: a.date,
      start: a.start,
      end: a.end,
      chairName: chairs.get(a.chairId) ?? a.chairId,
      patientName: a.patientName,
      mrn: a.mrn,
      status: a.status,
      drugs: a.drugs,
      neededAt: Math.min(a.start + limits.preAssessmentMinutes, a.end),
      ...(states.get(a.id) ?? { step: 'ordered' as const, steps: [], waitMinutes: null }),
    }))
    .toSorted((x, y) => x.start - y.start || x.chairName.localeCompare(y.chairName));
}

export function createDrugReadinessService(deps: CoreDeps) {
  const db = deps.store.db;

  async function day(date: string): Promise<PharmacyDay> {
    return { date, items: await dayItems(db, date) };
  }

  async function checkActor(ex: Executor, step: DrugStep, ctx: RequestContext): Promise<void> {
    if (step !== 'verified') return;
    const actor = ctx.userId ? await findUserById(ex, ctx.userId) : undefined;
    if (!actor || actor.active !== 1 || effectiveRole(actor) !== 'pharmacist')
      throw forbidden('pharmacist-verifies-drug', 'Only a pharmacist verifies a drug for the chair.');
  }

  async function advance(appointmentId: string, step: DrugStep, ctx: RequestContext): Promise<PharmacyItem> {
    const date = await deps.write(ctx, async (trx, unit) => {
      const { at } = unit;
      const now = new Date(at);
      const a = (await findAppointment(trx, appointmentId))?.appointment;
      if (!a || !occupiesChair(a.status)) throw notFound('appointment-not-found', 'Appointment');
      const current = (await drugStepsOf(trx, a.id)).at(-1) ?? 'ordered';
      const expected = nextDrugStep(current);
      if (expected !== step) {
        throw conflict(
          expected ? 'drug-step-order' : 'drug-delivered',
          expected
            ? `The drug is ${current}: the next step is ${expected}.`
            : 'The drug is already delivered to the chair.',
          { current, expected: expected ?? '' },
        );
      }
      await checkActor(trx, step, ctx);
      const clockMinute = Math.min(1439, minuteInZone(now, clinicTimeZone()));
      const neededAt = a.start + (await getCenterLimits(trx)).preAssessmentMinutes;
      const waiting = a.date === clinicToday(deps) && WAITING_STATUSES.includes(a.status);
      const waitMinutes = step === 'delivered' ? (waiting ? idleMinutesWaiting(neededAt, clockMinute) : 0) : null;
      const row = { appointmentId: a.id, step, atUtc: at, clockMinute, userId: ctx.userId, waitMinutes };
      await insertDrugStep(trx, { ...row, workstation: ctx.workstation });
      await recordChange(trx, { appointment: a, action: `drug-${step}`, detail: { step, waitMinutes }, unit, ctx });
      return a.date;
    });
    const item = (await dayItems(db, date)).find((i) => i.appointmentId === appointmentId);
    if (!item) throw notFound('appointment-not-found', 'Appointment');
    return item;
  }

  return { day, advance };
}
