import { afterEach, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/main/core/clock';
import { createCore, type Core } from '../../../electron/main/core/create-core';
import type { ConnectionState, LiveChange } from '../../../shared/ipc/live';
import { openWorld, TODAY, type World } from '../charting/setup';
import { describeWithPostgres, TEST_CENTER_KEY } from '../../support/postgres';
import { queryRow } from '../../support/rows';

// Two workstations on one center database: a booking on one reaches the other as a live event within 2 s
// (LISTEN/NOTIFY), and the one that made it hears its own change once, as local.

const listeners = async (w: World, n: number) =>
  Number(
    (await queryRow<{ n: number }>(
      w.t.core.store,
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN chairside_live%'",
    ))!.n,
  ) >= n;

describeWithPostgres('live changes between workstations', () => {
  let w: World;
  let other: Core;
  afterEach(async () => {
    await other.close();
    await w.t.close();
  });

  it('shows a booking made on one workstation to the other within 2 s', async () => {
    w = await openWorld();
    const day = await w.t.ok('schedule:day', { date: TODAY });
    const chairId = day.appointments[0]!.chairId;
    await w.t.ok('schedule:cancel', { appointmentId: w.appointmentId, reason: 'Booked on the wrong chair' });
    other = await createCore({
      databasePath: w.t.databasePath,
      centerKey: TEST_CENTER_KEY,
      clock: fixedClock(`${TODAY}T09:00:00Z`),
      checkpointEveryMinutes: 0,
      workstation: 'front-desk',
    });
    const heard: LiveChange[] = [];
    const seen = new Promise<number>((resolve) => {
      other.live.subscribe((change) => {
        heard.push(change);
        resolve(performance.now());
      });
    });
    const own: LiveChange[] = [];
    w.t.core.live.subscribe((change) => own.push(change));
    // The listener connects in the background: wait until the other workstation is listening.
    while (!(await listeners(w, 2))) await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await w.t.ok('schedule:book-dose', { planId: w.planId, doseNumber: 1, date: TODAY, chairId, start: 660 });
    const arrived = await Promise.race([seen, new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);
    expect(arrived, 'no live event on the other workstation within 2 s').not.toBeNull();
    expect(arrived! - started).toBeLessThan(2000);
    expect(heard).toEqual([{ topics: ['appointments'], channel: 'schedule:book-dose', remote: true }]);
    expect(own).toEqual([{ topics: ['appointments'], channel: 'schedule:book-dose', remote: false }]);
    const connection: ConnectionState = other.live.connection();
    expect(connection).toEqual({ status: 'ok', since: null });
  });
});

describeWithPostgres('the center connection', () => {
  let w: World;
  afterEach(() => w.t.close());

  it('says since when the server stopped answering, and comes back by itself when it answers again', async () => {
    w = await openWorld();
    while (!(await listeners(w, 1))) await new Promise((resolve) => setTimeout(resolve, 50));
    const states: ConnectionState[] = [];
    const back = new Promise<void>((resolve) =>
      w.t.core.live.onConnection((state) => {
        states.push(state);
        if (state.status === 'ok') resolve();
      }),
    );
    // The server drops this workstation's connection (as on a restart or a network cut).
    await queryRow(
      w.t.core.store,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN chairside_live%'",
    );
    await back;
    expect(states).toEqual([
      { status: 'unreachable', since: `${TODAY}T09:00:00.000Z` },
      { status: 'ok', since: null },
    ]);
  });
});
