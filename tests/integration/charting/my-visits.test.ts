import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, CHARGE, NURSE, signInAs } from '../../support/auth';
import { checkIn, openWorld, TODAY, type World } from './setup';

// "My patients first" on the chairside list: a visit is the signed-in nurse's when it is booked with the roster
// nurse who has their initials, or when they have charted on it.

let w: World;
beforeEach(async () => {
  w = await openWorld();
});
afterEach(() => w.t.close());

async function isMine(): Promise<boolean> {
  const list = await w.t.ok('charting:worklist', { date: TODAY });
  const visit = list.appointments.find((a) => a.appointmentId === w.appointmentId);
  if (!visit) throw new Error('the visit is not on the list');
  return visit.isMine;
}

describe('charting:worklist isMine', () => {
  it('is false for a nurse who is neither the booked nurse nor has charted on the visit', async () => {
    expect(await isMine()).toBe(false);
  });

  it('becomes true for the nurse who checks the patient in, and only for them', async () => {
    await checkIn(w);
    expect(await isMine()).toBe(true);
    await signInAs(w.t, CHARGE);
    expect(await isMine()).toBe(false);
  });

  it('is true for the account whose initials are those of the roster nurse the visit is booked with', async () => {
    const day = await w.t.ok('schedule:day', { date: TODAY });
    const booked = day.appointments.find((a) => a.id === w.appointmentId)!;
    expect(booked.nurseId).not.toBeNull();
    await signInAs(w.t, ADMIN);
    await w.t.ok('center:save-nurse', { id: booked.nurseId!, displayName: 'Chloé Charge', initials: CHARGE.initials });
    await signInAs(w.t, CHARGE);
    expect(await isMine()).toBe(true);
    await signInAs(w.t, NURSE);
    expect(await isMine()).toBe(false);
  });
});
