import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkIn, dayBeforeLabs, draft, fullAssessment, openWorld, TODAY, type World } from '../charting/setup';
import { queryRows } from '../../support/rows';
import { insertRelease } from '../../../electron/main/repositories/readiness';
import { makeReadyWithout } from './world';

// A prescriber's release through the channels, matched on what each reason IS (its id), not on its English:
// released → evaluated again, still covered; a changed value → held again. A release stored before reasons had
// ids (English only, dates ISO) keeps covering the reason it named, and stops when its English no longer does.

let w: World;
afterEach(() => w.t.close());

async function worldWith(labs: Record<string, string>[]) {
  w = await openWorld({}, { ready: false });
  await makeReadyWithout(w, labs);
  await checkIn(w);
  const saved = await draft(w, 'assessment', fullAssessment());
  if (!saved.ok) throw new Error(saved.error.message);
}

const evaluate = () => w.t.ok('ready:evaluate', { appointmentId: w.appointmentId });
const release = () =>
  w.t.ok('ready:release', {
    appointmentId: w.appointmentId,
    prescriberName: 'Dr Nadia Okafor',
    orderedAt: '09:10',
    reason: 'Known and followed; treat today.',
  });
const enterLab = (analyte: string, drawnAt: string, value: string, unit: string, refLow: string, refHigh: string) =>
  w.t.ok('labs:enter', {
    patientId: w.patientId,
    results: [{ analyte, drawnAt, value, unit, refLow, refHigh }],
    method: 'hand',
    locale: 'en',
  });

/**
 * A release as the code before ids stored it (the reasons' English and French only), written by the repository
 * because releases are append-only; `enteredAt` orders it among the releases.
 */
async function storeAsBeforeIds(enteredAt: string, reasons: { en: string; fr: string }[]) {
  await insertRelease(w.t.core.store.db, {
    id: randomUUID(),
    appointment_id: w.appointmentId,
    prescriber_name: 'Dr Nadia Okafor',
    reason: 'Known and followed; treat today.',
    ordered_at: '09:10',
    released_reasons: JSON.stringify(reasons),
    entered_by: null,
    entered_at: enteredAt,
    workstation: 'test',
  });
}

describe('ready:release matched on the reasons’ ids', () => {
  it('covers the same reason when evaluated again, and not once the value changed', async () => {
    await worldWith(dayBeforeLabs({ alt: '190' }));
    const held = await evaluate();
    expect(held.canStart).toBe(false);
    expect(held.readiness.reasons.map((r) => r.id)).toEqual([
      'values.above|{"analyte":{"en":"ALT","fr":"ALAT"},' +
        '"limit":{"key":"values.limitOf","params":{"multiple":{"key":"values.timesUln","params":{"times":3}},' +
        '"unit":"U/L","value":168}},"result":{"key":"values.result","params":{"comparator":"","unit":"U/L","value":190}}}',
    ]);
    await release();
    const stored = await queryRows<{ released_reasons: string }>(
      w.t.core.store,
      'SELECT released_reasons FROM ready_release',
    );
    expect(JSON.parse(stored[0]!.released_reasons)).toEqual(held.readiness.reasons);
    const again = await evaluate();
    expect(again.canStart).toBe(true);
    expect(again.release?.prescriberName).toBe('Dr Nadia Okafor');

    await enterLab('alt', `${TODAY}T08:00`, '250', 'U/L', '7', '56');
    const changed = await evaluate();
    expect(changed.readiness.reasons.map((r) => r.en)).toEqual([
      'ALT 250 U/L is above 168 U/L (3 × ULN): hold for the prescriber.',
    ]);
    expect(changed.release).toBeNull();
    expect(changed.canStart).toBe(false);
  });

  it('keeps an old release (English only, ISO date) covering its dated reason, not a reworded one', async () => {
    await worldWith(dayBeforeLabs().filter((l) => l.analyte !== 'tsh'));
    await enterLab('tsh', '2026-09-01T08:30', '1.9', 'mIU/L', '0.4', '4');
    const held = await evaluate();
    expect(held.readiness.reasons.map((r) => r.en)).toEqual([
      'TSH: drawn 1 Sept 2026 08:30, older than 42 days — draw it again.',
    ]);
    const fr = held.readiness.reasons[0]!.fr;
    await storeAsBeforeIds(`${TODAY}T09:12:00.000Z`, [
      { en: 'TSH: drawn 2026-09-01 08:30, older than 42 days — draw it again.', fr },
    ]);
    const covered = await evaluate();
    expect(covered.canStart).toBe(true);
    expect(covered.release?.releasedReasons).toEqual([
      { en: 'TSH: drawn 2026-09-01 08:30, older than 42 days — draw it again.', fr },
    ]);

    await storeAsBeforeIds(`${TODAY}T09:20:00.000Z`, [
      { en: 'TSH: drawn 2026-09-01 08:30, more than 42 days ago.', fr },
    ]);
    expect((await evaluate()).canStart).toBe(false);
  });
});
