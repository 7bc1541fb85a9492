import type { Locator, Page } from '@playwright/test';
import type { BrowserApp } from '../harness/app';
import { expect, test } from './fixtures';
import { must } from './schedule-support';

// The compact day view: twenty chairs on a 1366×768 laptop screen, family names whole on a 30-minute block (the
// flags yield first), and a chair column that the now-line passes under when the grid scrolls sideways.

const LAPTOP = { width: 1366, height: 768 };
const DAY = '2026-11-27';

/** Twenty chairs, one nurse on Fridays, and a nivolumab visit at 10:00 on the first chair. */
async function twentyChairDay(app: BrowserApp): Promise<void> {
  for (let i = 1; i <= 20; i++) await must(app, 'center:save-chair', { name: `Chair ${i}` });
  const nurse = await must(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  await must(app, 'center:save-shifts', {
    nurseId: nurse.id,
    shifts: [{ weekday: 5, startMinute: 465, endMinute: 1035 }],
  });
  const patient = await must(app, 'patients:create', {
    mrn: 'DEMO-200001',
    familyName: 'Dorvalisse',
    givenName: 'Marie-Françoise',
    birthDate: '1955-01-01',
    sex: 'unknown',
  });
  const plan = await must(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'nivolumab-240-q2w',
    startDate: DAY,
    maxDoses: 1,
  });
  await must(app, 'schedule:book-plan', { planId: plan.id });
}

/**
 * The text has all the room it needs, to the fraction of a pixel (scrollWidth is rounded: a text 0.4 px too wide
 * passes it while "…" already replaces its last letters).
 */
function isWhole(text: Locator): Promise<boolean> {
  return text.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect().width <= el.getBoundingClientRect().width + 0.01;
  });
}

/** A two-seat injection room and an Opdivo Qvantig (SC) visit booked on it. */
async function injectionVisit(app: BrowserApp): Promise<void> {
  await must(app, 'center:save-injection-place', { name: 'Injection room', capacity: 2 });
  const patient = await must(app, 'patients:create', {
    mrn: 'DEMO-200003',
    familyName: 'Okonkwo',
    givenName: 'Ada',
    birthDate: '1961-03-03',
    sex: 'unknown',
  });
  const plan = await must(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'nivolumab-hyaluronidase-sc-q4w',
    startDate: DAY,
    maxDoses: 1,
  });
  await must(app, 'schedule:book-plan', { planId: plan.id });
}

/** The chair rows wholly inside the window. */
function chairRowsInView(page: Page): Promise<number> {
  return page.locator('[data-chair-head]').evaluateAll(
    (heads) =>
      heads.filter((h) => {
        const box = h.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );
}

test('twenty chairs fit on a 1366×768 screen with the family name whole on the block', async ({ openApp }) => {
  const app = await openApp({ now: `${DAY}T09:30:00Z`, viewport: LAPTOP });
  const { page } = app;
  await twentyChairDay(app);
  await injectionVisit(app);
  await page.goto(`${app.url}#/schedule/${DAY}`);
  // 20 chairs, then the injection room's two seats under their own heading, all on screen.
  await expect(page.locator('[data-chair-head]')).toHaveCount(22);
  await page.getByTestId('day-grid').evaluate((grid) => grid.scrollIntoView({ block: 'start' }));
  expect(await chairRowsInView(page)).toBe(22);
  await expect(page.getByRole('rowheader', { name: 'Injection places (subcutaneous products)' })).toBeVisible();
  const seat = page.getByTestId('track-Injection room 1');
  await expect(seat.getByTestId('appointment-block')).toHaveAccessibleName(/OKONKWO, Ada, Nivolumab/);

  const block = page.getByTestId('track-Chair 1').getByTestId('appointment-block');
  await expect(block).toHaveAccessibleName(/DORVALISSE, Marie-Françoise, Nivolumab/);
  await expect(block).toHaveAttribute('title', /DORVALISSE, Marie-Françoise · Nivolumab/);
  const family = block.locator('.appt-family');
  await expect(family).toHaveText('DORVALISSE');
  // Whole: the family name is not cut (its text is no wider than the room it is given).
  expect(await isWhole(family)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('day-1366x768.png') });

  // A first dose with labs pending: on a shorter block the flags give up their room before the family name,
  // and a flag that no longer fits is hidden whole, never drawn cut.
  await expect(block.locator('.appt-flag')).toHaveCount(2);
  for (const width of [130, 100]) {
    await block.evaluate((el, px) => ((el as HTMLElement).style.width = `${px}px`), width);
    expect(await isWhole(family)).toBe(true);
    const cut = await block.locator('.appt-flags').evaluate((box) => {
      const room = box.getBoundingClientRect();
      return [...box.children].some((flag) => {
        const r = flag.getBoundingClientRect();
        const shown = r.top < room.bottom && r.left < room.right;
        return shown && r.right > room.right + 0.5;
      });
    });
    expect(cut).toBe(false);
  }
});

test('the now-line passes under the chair column when the grid scrolls sideways', async ({ openApp }) => {
  // 09:30 in a grid made narrow enough to scroll: the line starts right of the chair names.
  const app = await openApp({ now: `${DAY}T09:30:00Z`, viewport: { width: 700, height: 768 } });
  const { page } = app;
  await twentyChairDay(app);
  await page.goto(`${app.url}#/schedule/${DAY}`);
  const line = page.getByTestId('now-line');
  await expect(line).toContainText('09:30');
  const scroller = page.getByTestId('day-grid');
  const head = page.locator('[data-chair-head]').nth(5);
  await head.scrollIntoViewIfNeeded();
  const headBox = await head.boundingBox();
  if (!headBox) throw new Error('no chair column');
  // Scroll until the line sits under the middle of the chair column.
  const lineX = async () => (await line.boundingBox())?.x ?? 0;
  const shift = (await lineX()) - (headBox.x + headBox.width / 2);
  expect(shift).toBeGreaterThan(0);
  await scroller.evaluate((el, by) => el.scrollBy({ left: by }), shift);
  await expect.poll(async () => Math.abs((await lineX()) - (headBox.x + headBox.width / 2))).toBeLessThan(4);
  // The line ignores the pointer; for the hit test it must not, or the chair name would always be "on top".
  await page.locator('.now-layer, .now-line').evaluateAll((els) => {
    for (const el of els) (el as HTMLElement).style.pointerEvents = 'auto';
  });
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-chair-head]') !== null,
    { x: (await lineX()) + 1, y: headBox.y + headBox.height / 2 },
  );
  expect(onTop).toBe(true);
  await expect(head).toHaveText('Chair 6');
  await page.screenshot({ path: test.info().outputPath('now-line-under-chairs.png') });
});

test('"nunez" finds ÑÚÑEZ in the day worklist and on the chairside list', async ({ openApp }) => {
  const app = await openApp({ now: `${DAY}T09:30:00Z`, viewport: LAPTOP });
  const { page } = app;
  await twentyChairDay(app);
  const patient = await must(app, 'patients:create', {
    mrn: 'DEMO-200002',
    familyName: 'Núñez',
    givenName: 'José',
    birthDate: '1950-05-05',
    sex: 'unknown',
  });
  const plan = await must(app, 'plans:create', {
    kind: 'regimen',
    patientId: patient.id,
    regimenId: 'nivolumab-240-q2w',
    startDate: DAY,
    maxDoses: 1,
  });
  await must(app, 'schedule:book-plan', { planId: plan.id });
  await page.goto(`${app.url}#/schedule/${DAY}`);
  const worklist = page.getByTestId('worklist');
  await expect(worklist.locator('tbody tr')).toHaveCount(2);
  await page.getByLabel('Filter the worklist').pressSequentially('nunez, jose');
  await expect(worklist.locator('tbody tr')).toHaveCount(1);
  await expect(worklist.locator('tbody tr')).toContainText('NÚÑEZ, José');

  await page.getByRole('link', { name: 'Chairside' }).click();
  const visits = page.getByTestId('other-visits');
  await expect(visits.getByRole('listitem')).toHaveCount(2);
  await page.getByLabel('Find a visit').pressSequentially('NUNEZ');
  await expect(visits.getByRole('listitem')).toHaveCount(1);
  await expect(visits).toContainText('NÚÑEZ, José');
  await expect(page.getByText('1 of 2 visits')).toBeVisible();
});
