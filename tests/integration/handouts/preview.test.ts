import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clinicTimeZone } from '../../../electron/main/services/center/clinic-clock';
import { zonedMinuteToUtc } from '../../../shared/schedule/timezone';
import { openTestCore, type TestCore } from '../../support/core';
import { createChromiumPlatform, type ChromiumPlatform } from '../../harness/platform';
import { ACCENTED_DISPLAY, ACCENTED_NAME, appointmentLine, longName, patientWithAppointments, readPdf } from './setup';

// The personalised sheet, rendered by real Chromium through the core and read back with pdftotext: the
// patient must find their own name and their next dates, in their language, on the paper of that language.

let platform: ChromiumPlatform;
let t: TestCore;

beforeAll(() => {
  platform = createChromiumPlatform();
});
afterAll(() => platform.close());
beforeEach(async () => {
  t = await openTestCore('2026-11-27T09:00:00Z', { platform });
});
afterEach(() => t.close());

describe('handouts:preview', () => {
  it('prints the patient’s name and both upcoming appointments (English, Letter)', async () => {
    const { patientId, appointments } = await patientWithAppointments(
      t,
      { ...ACCENTED_NAME, preferredLanguage: 'en' },
      2,
    );
    expect(appointments).toHaveLength(2);
    const preview = await t.ok('handouts:preview', { patientId, sheets: ['pembrolizumab'] });
    expect(preview).toMatchObject({ language: 'en', paper: 'Letter' });
    const pdf = await readPdf(preview.pdfBase64);
    expect(pdf.text).toContain(ACCENTED_DISPLAY);
    for (const appointment of appointments) expect(pdf.text).toContain(appointmentLine(appointment, 'en'));
    expect(pdf.text).toContain('Pembrolizumab 200 mg every 3 weeks');
    expect(pdf.text).toContain('Hôpital de jour d’oncologie'.replace('’', "'"));
    expect(pdf.text).toContain('+1 514 555 0199');
    expect(preview.pageCount).toBe(pdf.pages);
    expect(pdf.width).toBe(612);
  });

  it('follows the patient’s language, and a language or paper chosen by the nurse', async () => {
    const { patientId, appointments } = await patientWithAppointments(
      t,
      { ...ACCENTED_NAME, preferredLanguage: 'fr' },
      2,
    );
    // The paper is the center's (Letter by default, as in Québec), not the language's.
    expect(await t.ok('handouts:preview', { patientId, sheets: ['pembrolizumab'] })).toMatchObject({
      language: 'fr',
      paper: 'Letter',
    });
    await t.ok('settings:update', { paperSize: 'A4' });
    expect(await t.ok('handouts:suggest', { patientId })).toMatchObject({ paper: 'A4' });
    const french = await t.ok('handouts:preview', { patientId, sheets: ['pembrolizumab'] });
    expect(french).toMatchObject({ language: 'fr', paper: 'A4' });
    const text = (await readPdf(french.pdfBase64)).text;
    for (const appointment of appointments) expect(text).toContain(appointmentLine(appointment, 'fr'));
    const english = await t.ok('handouts:preview', {
      patientId,
      sheets: ['pembrolizumab'],
      language: 'en',
      paper: 'A4',
    });
    expect(english).toMatchObject({ language: 'en', paper: 'A4' });
    // A4 is 595.3 pt wide; Chromium rounds to whole device pixels, so it reads 595 or 596.
    expect(Math.abs((await readPdf(english.pdfBase64)).width - 595.3)).toBeLessThan(1);
  });

  it('wraps a 120-character name on the sheet instead of losing any of it', async () => {
    const name = longName();
    expect(name.display).toHaveLength(120);
    const { patientId } = await patientWithAppointments(
      t,
      { givenName: name.givenName, familyName: name.familyName },
      2,
    );
    const preview = await t.ok('handouts:preview', {
      patientId,
      sheets: ['nivolumab-ipilimumab'],
      includeWalletCard: true,
    });
    const { text } = await readPdf(preview.pdfBase64);
    expect(text.replace(/\s/g, '')).toContain(name.display.replace(/\s/g, ''));
  });

  it('tells a patient without booked appointments that the team will call', async () => {
    const { patientId } = await patientWithAppointments(t, { ...ACCENTED_NAME, preferredLanguage: 'en' }, 0);
    const preview = await t.ok('handouts:preview', { patientId, sheets: ['atezolizumab'] });
    const { text } = await readPdf(preview.pdfBase64);
    expect(text).toContain('Your team will call you with your next date.');
  });

  it('lists only the next three appointments, and none that already started', async () => {
    const { patientId, appointments } = await patientWithAppointments(t, { preferredLanguage: 'en' }, 5);
    // Move the clock to just after the first appointment started: it is no longer "next".
    const first = appointments[0]!;
    t.clock.set(zonedMinuteToUtc(first.date, first.start + 1, clinicTimeZone()).toISOString());
    const suggestion = await t.ok('handouts:suggest', { patientId });
    expect(suggestion.nextAppointments).toEqual(appointments.slice(1, 4));
  });

  it('refuses an unknown sheet and the CAR T sheet without a CAR T plan, naming the field', async () => {
    const { patientId } = await patientWithAppointments(t, {}, 1);
    for (const sheets of [['no-such-drug'], ['car-t']]) {
      const result = await t.call('handouts:preview', { patientId, sheets });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'sheets' }] } });
    }
  });
});
