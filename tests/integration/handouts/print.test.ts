import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
import { NURSE, nurseSignedIn } from '../../support/auth';
import { openTestCore, type TestCore } from '../../support/core';
import { ACCENTED_DISPLAY, ACCENTED_NAME, CENTER, patientWithAppointments, readPdf } from './setup';

// Printing and saving: what reaches the printer or the file, what the chart records as education given,
// and what is refused (missing 24-hour number, nobody signed in, a cancelled dialog) without recording.

let platform: ChromiumPlatform;
let t: TestCore;
let patientId: string;

beforeAll(() => {
  platform = createChromiumPlatform();
});
afterAll(() => platform.close());
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z', { platform });
  platform.printed.length = 0;
  ({ patientId } = await patientWithAppointments(t, { ...ACCENTED_NAME, preferredLanguage: 'fr' }, 2));
});
afterEach(() => t.close());

/** Read straight from the tables: the audit report itself is for charge nurses and administrators. */
async function recorded() {
  const db = t.core.store.db;
  const audit = (action: string) =>
    db.selectFrom('audit_event').selectAll().where('action', '=', action).where('patient_id', '=', patientId).execute();
  const [entries, prints, exports] = await Promise.all([
    db
      .selectFrom('chart_entry')
      .selectAll()
      .where('patient_id', '=', patientId)
      .where('kind', '=', 'education')
      .execute(),
    audit('print'),
    audit('export'),
  ]);
  return { entries, prints, exports };
}

describe('handouts:print', () => {
  it('prints the sheet and records education given (sheets, language, nurse, time) with an audit print event', async () => {
    const { nurseId } = await nurseSignedIn(t);
    const result = await t.ok('handouts:print', { patientId, sheets: ['pembrolizumab'], includeWalletCard: true });
    expect(result.printed).toBe(true);
    expect(result.education).toMatchObject({
      patientId,
      delivery: 'print',
      language: 'fr',
      walletCard: true,
      nurseId,
      nurseName: NURSE.displayName,
      givenAt: '2026-11-27T09:00:00.000Z',
      sheets: [{ id: 'pembrolizumab', names: { en: 'Pembrolizumab (Keytruda)' } }],
    });

    const { entries, prints } = await recorded();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ status: 'signed', signed_by: nurseId, author_id: nurseId });
    expect(JSON.parse(entries[0]!.payload)).toMatchObject({
      sheets: ['pembrolizumab'],
      language: 'fr',
      delivery: 'print',
    });
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatchObject({ user_id: nurseId, object_type: 'chart_entry', object_id: entries[0]!.id });
    // The chart shows it like any other entry.
    expect(await t.ok('chart:list', { patientId, kind: 'education' })).toMatchObject([
      { id: entries[0]!.id, kind: 'education', status: 'signed' },
    ]);

    expect(await t.ok('handouts:education-given', { patientId })).toEqual([result.education]);

    // What went to the printer: the patient's sheet, but a print-queue title that does not name them.
    expect(platform.printed).toHaveLength(1);
    const job = platform.printed[0]!;
    expect(job.title).not.toContain('Éloïse');
    expect(job.footerText).toContain(ACCENTED_DISPLAY);
    expect((await readPdf(job.pdf)).text).toContain(ACCENTED_DISPLAY);
  });

  it('refuses to print without the 24-hour number, saying where to set it, and records nothing', async () => {
    await t.ok('settings:update', { centerPhone24h: '' });
    await nurseSignedIn(t);
    for (const channel of ['handouts:print', 'handouts:preview', 'handouts:save'] as const) {
      const result = await t.call(channel, { patientId, sheets: ['pembrolizumab'] });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'centerPhone24h' }] } });
      if (!result.ok) expect(result.error.message).toContain('Settings → General');
    }
    const { entries, prints, exports } = await recorded();
    expect([entries, prints, exports]).toEqual([[], [], []]);
    expect(platform.printed).toEqual([]);
    const suggestion = await t.ok('handouts:suggest', { patientId });
    expect(suggestion.missingSettings).toEqual(['centerPhone24h']);
  });

  it('records nothing when the nurse cancels the print dialog', async () => {
    await nurseSignedIn(t);
    platform.cancelNext('print');
    expect(await t.ok('handouts:print', { patientId, sheets: ['pembrolizumab'] })).toEqual({
      printed: false,
      education: null,
    });
    const { entries, prints } = await recorded();
    expect([entries, prints]).toEqual([[], []]);
  });

  it('needs a signed-in nurse, because education given is signed in the chart', async () => {
    // Setup mode (no accounts yet): previewing works, printing for the chart does not.
    await t.ok('handouts:preview', { patientId, sheets: ['pembrolizumab'] });
    const result = await t.call('handouts:print', { patientId, sheets: ['pembrolizumab'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(platform.printed).toEqual([]);
  });
});

describe('handouts:save', () => {
  it('writes the PDF where the nurse chose, under a name without the patient’s, and records an export', async () => {
    const { nurseId } = await nurseSignedIn(t);
    const result = await t.ok('handouts:save', { patientId, sheets: ['nivolumab-ipilimumab'], language: 'en' });
    expect(result).toMatchObject({ saved: true, fileName: 'education-nivolumab-ipilimumab-en-2026-11-27.pdf' });
    expect(result.education).toMatchObject({ delivery: 'save', language: 'en', nurseId });
    const file = join(platform.saveDir, result.fileName!);
    const { text } = await readPdf(readFileSync(file));
    expect(text).toContain(ACCENTED_DISPLAY);
    expect(text).toContain(CENTER.centerPhone24h);
    const { entries, exports, prints } = await recorded();
    expect(entries.map((e) => (JSON.parse(e.payload) as { delivery: string }).delivery)).toEqual(['save']);
    expect(exports).toHaveLength(1);
    expect(prints).toEqual([]);
  });

  it('writes and records nothing when the save dialog is cancelled', async () => {
    await nurseSignedIn(t);
    platform.cancelNext('save');
    expect(await t.ok('handouts:save', { patientId, sheets: ['pembrolizumab'] })).toEqual({
      saved: false,
      fileName: null,
      education: null,
    });
    expect(existsSync(join(platform.saveDir, 'education-pembrolizumab-fr-2026-11-27.pdf'))).toBe(false);
    const { entries, exports } = await recorded();
    expect([entries, exports]).toEqual([[], []]);
  });
});
