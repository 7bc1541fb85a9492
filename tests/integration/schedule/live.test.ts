import { afterEach, expect, it } from 'vitest';
import type { LiveChange } from '../../../shared/ipc/live';
import { openWorld, TODAY, type World } from '../charting/setup';

// The same live event path on a workstation's own file: a committed write tells this process's windows
// what changed; a refused one, or a read, tells nothing.

let w: World;
afterEach(() => w.t.close());

it('announces a committed booking to the windows of this process, and nothing for a refusal or a read', async () => {
  w = await openWorld();
  const heard: LiveChange[] = [];
  const unsubscribe = w.t.core.live.subscribe((change) => heard.push(change));
  const day = await w.t.ok('schedule:day', { date: TODAY });
  const refused = await w.t.call('schedule:cancel', { appointmentId: w.appointmentId, reason: '' });
  expect(refused.ok).toBe(false);
  expect(heard).toEqual([]);
  await w.t.ok('schedule:cancel', { appointmentId: w.appointmentId, reason: 'Booked on the wrong chair' });
  const booked = await w.t.ok('schedule:book-dose', {
    planId: w.planId,
    doseNumber: 1,
    date: TODAY,
    chairId: day.appointments[0]!.chairId,
    start: 660,
  });
  expect(heard.map((c) => [c.channel, c.topics, c.remote])).toEqual([
    ['schedule:cancel', ['appointments'], false],
    ['schedule:book-dose', ['appointments'], false],
  ]);
  unsubscribe();
  await w.t.ok('schedule:cancel', { appointmentId: booked.id, reason: 'Patient unwell today' });
  expect(heard).toHaveLength(2);
});
