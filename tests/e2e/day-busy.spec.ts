import { expect, test, typeInto } from './fixtures';
import { bookedPatient, must, setUpCenter, shot } from './schedule-support';

// The day view under load and at the edges of the screen: over-limit slots, the worklist, the now-line, 200 %
// zoom and printing.

test('a busy day: over-limit slots are marked with colour, icon and text; the worklist sorts and filters; a now-line', async ({
  openApp,
}) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z' });
  const { page } = app;
  for (let i = 1; i <= 6; i++) await must(app, 'center:save-chair', { name: `Chair ${i}` });
  const nurse = await must(app, 'center:save-nurse', { displayName: 'Avery Lindqvist', initials: 'AL' });
  await must(app, 'center:save-shifts', {
    nurseId: nurse.id,
    shifts: [5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 })),
  });
  const setup = (await app.core.dispatch('center:get-setup', {})) as { ok: true; value: { chairs: { id: string }[] } };
  // Five patients at 10:00 on six chairs with one nurse whose limit is four: 10:00–10:45 is over the limit.
  for (let i = 0; i < 5; i++) {
    const { planId } = await bookedPatient(app, i, '2026-11-27');
    await must(app, 'schedule:book-dose', {
      planId,
      doseNumber: 1,
      date: '2026-11-27',
      chairId: setup.value.chairs[i]?.id,
      start: 600,
    });
  }
  for (let i = 5; i < 8; i++) {
    const { planId } = await bookedPatient(app, i, '2026-11-27');
    await must(app, 'schedule:book-dose', {
      planId,
      doseNumber: 1,
      date: '2026-11-27',
      chairId: setup.value.chairs[i - 5]?.id,
      start: 780 + (i - 5) * 60,
    });
  }
  await page.getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByTestId('day-date')).toHaveText('Friday, 27 November 2026');
  await expect(page.getByTestId('now-line')).toContainText('09:30');
  const over = page.getByTestId('capacity-nurse').filter({ hasText: '⚠' });
  // Nivolumab first dose: 15 pre-assessment + 30 infusion + 30 first-dose observation = 10:00–11:15, five slots.
  await expect(over).toHaveCount(5);
  await expect(over.first()).toHaveAttribute(
    'title',
    /10:00: 5 of 6 chairs, up to 5 patients per nurse \(limit 4\) — Over limit/,
  );
  await expect(page.locator('.capacity-legend')).toContainText('Over limit');
  await shot(page, 'schedule-09-busy-day.png');

  const worklist = page.getByTestId('worklist');
  await expect(worklist.locator('tbody tr')).toHaveCount(8);
  await page.getByRole('button', { name: /^Patient/ }).click();
  await expect(worklist.locator('tbody tr').first()).toContainText('ABARA, Ines');
  await page.getByRole('button', { name: /^Patient/ }).click();
  await expect(worklist.locator('tbody tr').first()).toContainText('HARUKI, June');
  await typeInto(page.getByLabel('Filter the worklist'), 'Chair 1');
  await expect(worklist.locator('tbody tr')).toHaveCount(2);
  await expect(page.getByText('2 of 8 appointments')).toBeVisible();
});

test('the day view stays usable at 200 % zoom and prints landscape', async ({ openApp }) => {
  const app = await openApp({ now: '2026-11-27T09:30:00Z', viewport: { width: 683, height: 430 } });
  const { page } = app;
  await setUpCenter(app, 4);
  for (let i = 0; i < 4; i++) await must(app, 'schedule:book-plan', { planId: (await bookedPatient(app, i)).planId });
  await page.goto(`${app.url}#/schedule/2026-11-30`);
  await expect(page.getByTestId('appointment-block')).toHaveCount(4);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  // Every control is at least 44 px; the compact day grid's blocks are at least 44 px wide and 24 px high (the
  // WCAG 2.2 minimum target size), so twenty chairs fit on a laptop screen.
  const small = await page.locator('.content button, .content a, .content input, .content select').evaluateAll(
    (els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const block = el.classList.contains('appt-block');
          return block ? r.width < 44 || r.height < 24 : Math.min(r.width, r.height) < 44;
        }).length,
  );
  expect(small).toBe(0);
  await shot(page, 'schedule-10-zoom-200.png');

  await page.setViewportSize({ width: 1366, height: 860 });
  await page.emulateMedia({ media: 'print' });
  await shot(page, 'schedule-11-print-media.png');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { execFileSync } = await import('node:child_process');
  const { writeFileSync } = await import('node:fs');
  const file = test.info().outputPath('day.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
  expect(Number(w)).toBeGreaterThan(Number(h));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, test.info().outputPath('day-print')]);
});
