import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../electron/main/core/create-core';
import { clockOn } from '../electron/main/demo/today';
import { addDays } from '../shared/center/calendar';
import { devKeystore } from '../tests/harness/keystore';
import { EMPTY_HEADER_TEMPLATE } from '../shared/handouts/render';
import { createChromiumPlatform } from '../tests/harness/platform';
import { makePatient } from '../tests/support/patients';
import { compare, weekdayOnOrAfter, type BenchRow } from './lib';
import type { BenchContext } from './options';

// A personalised sheet through the core (database reads, HTML, Chromium's PDF, base64 across the boundary)
// against the floor: a one-line document printed to PDF by the same Chromium page with the same options.
// The shipped sheets are 4 pages (CAR T) to 7 pages (checkpoint inhibitors): no sheet is as short as 2.

const ONE_LINE =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><p>One line.</p></body></html>';

async function must(core: Core, channel: string, input: unknown): Promise<{ id: string }> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as { id: string };
}

/** A center, and one patient with two pembrolizumab doses booked from `today` on, and one after CAR T. */
async function seed(core: Core, today: string): Promise<{ checkpoint: string; carT: string }> {
  await must(core, 'settings:update', { centerName: 'Bench center', centerPhone24h: '+1 514 555 0199' });
  await must(core, 'center:save-chair', { name: 'Chair 1' });
  const nurse = await must(core, 'center:save-nurse', { displayName: 'Bench Nurse', initials: 'BN' });
  const shifts = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 465, endMinute: 1035 }));
  await must(core, 'center:save-shifts', { nurseId: nurse.id, shifts });
  const measured = { preferredLanguage: 'en', weightMeasuredOn: today, heightMeasuredOn: today } as const;
  const checkpoint = (await must(core, 'patients:create', makePatient(measured))).id;
  const plan = await must(core, 'plans:create', {
    kind: 'regimen',
    patientId: checkpoint,
    regimenId: 'pembrolizumab-200-q3w',
    startDate: weekdayOnOrAfter(addDays(today, 3)),
    maxDoses: 2,
  });
  await must(core, 'schedule:book-plan', { planId: plan.id });
  const carT = (await must(core, 'patients:create', makePatient(measured))).id;
  await must(core, 'plans:create', {
    kind: 'car-t',
    patientId: carT,
    productId: 'tisagenlecleucel',
    indicationId: 'lbcl',
    day0: weekdayOnOrAfter(addDays(today, 10)),
  });
  return { checkpoint, carT };
}

export async function benchHandouts({ today, quick }: BenchContext): Promise<BenchRow[]> {
  const iterations = quick ? 3 : 15;
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-handouts-'));
  const platform = createChromiumPlatform();
  const core = await createCore({
    databasePath: join(dir, 'bench.sqlite3'),
    keystore: devKeystore(join(dir, 'bench.sqlite3')),
    clock: clockOn(today, 9 * 60),
    workstation: 'bench',
    platform,
  });
  try {
    const { checkpoint, carT } = await seed(core, today);
    const preview = (patientId: string, sheet: string) => async () => {
      const result = await core.dispatch('handouts:preview', { patientId, sheets: [sheet] });
      if (!result.ok) throw new Error(result.error.message);
    };
    const floor = () =>
      platform.renderPdf(ONE_LINE, {
        headerTemplate: EMPTY_HEADER_TEMPLATE,
        footerTemplate: '<span></span>',
        paper: 'Letter',
      });
    const baselineName = 'one-line HTML → PDF, same Chromium page';
    return [
      await compare('handouts:preview, CAR T sheet (4 pages)', preview(carT, 'car-t'), baselineName, floor, {
        iterations,
      }),
      await compare(
        'handouts:preview, pembrolizumab sheet (7 pages)',
        preview(checkpoint, 'pembrolizumab'),
        baselineName,
        floor,
        {
          iterations,
          note: 'no shipped sheet is 2 pages; these are the shortest and the usual one',
        },
      ),
    ];
  } finally {
    await core.close();
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
