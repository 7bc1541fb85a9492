import { createCore } from '../electron/main/core/create-core';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { liveOnDate } from '../electron/main/repositories/appointments';
import { getClinicDay } from '../electron/main/services/center/center';
import { addDays } from '../shared/center/calendar';
import type { BrowserApp } from '../tests/harness/app';
import { devKeystore } from '../tests/harness/keystore';

// What the screenshot run asserts beyond "a PNG exists": the day view of the demo's day shows every
// appointment booked on it, and there are enough of them to call it a working day. The demo books about 30
// visits on an ordinary weekday; a seed that books a handful (or a "today" that drifted from the data) fails.
export const MIN_BOOKED = 10;

/** The first day on or after `from` the center is open; two weeks covers a weekend next to a closure. */
export async function firstOpenDay(databasePath: string, from: string): Promise<string> {
  const core = await createCore({
    databasePath,
    workstation: 'screenshots',
    clock: clockOn(from, SHOW_MINUTE),
    keystore: devKeystore(databasePath),
  });
  try {
    for (let day = from; day < addDays(from, 14); day = addDays(day, 1)) {
      if (await getClinicDay(core.store.db, day)) return day;
    }
  } finally {
    await core.close();
  }
  throw new Error(`The center in the database is closed every day for two weeks from ${from}: no day to show.`);
}

export type DayViewCheck = { ok: true; appointments: number } | { ok: false; reason: string };

/** Reads the day view on screen (the schedule screen must be showing) and compares it with the database. */
export async function checkDayView(app: BrowserApp, day: string): Promise<DayViewCheck> {
  const booked = (await liveOnDate(app.core.store.db, day)).length;
  if (booked < MIN_BOOKED) {
    return { ok: false, reason: `Only ${booked} appointments are booked on ${day} (at least ${MIN_BOOKED} expected)` };
  }
  // The grid's accessible name carries the ISO date in every language: it proves the page's "today" is `day`.
  const grid = app.page.locator(`[role="table"][aria-label*="${day}"]`);
  const visible = await grid
    .waitFor({ timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!visible) return { ok: false, reason: `The schedule screen did not open on the day view of ${day}` };
  const shown = await grid.getByTestId('appointment-block').count();
  if (shown !== booked) {
    return { ok: false, reason: `The day view of ${day} shows ${shown} appointments; ${booked} are booked` };
  }
  return { ok: true, appointments: shown };
}

/** The laptop screen the compact day view is made for (issue 12: 20 chairs on a 1366×768 screen). */
export const LAPTOP = { width: 1366, height: 768 } as const;

/**
 * How many chair rows of the day grid are wholly inside the window without scrolling (the schedule screen must be
 * showing). The screenshot run takes the day view at the laptop size and fails when the demo's chairs do not fit.
 */
export async function chairRowsInView(app: BrowserApp): Promise<{ inView: number; total: number }> {
  return app.page.evaluate(() => {
    const heads = [...document.querySelectorAll('[data-testid="day-grid"] [data-chair-head]')];
    const inView = heads.filter((h) => {
      const box = h.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    }).length;
    return { inView, total: heads.length };
  });
}
