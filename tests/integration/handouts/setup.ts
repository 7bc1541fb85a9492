import { formatCalendarDate } from '../../../shared/handouts/format';
import { clockTime } from '../../../shared/schedule/windows';
import type { IpcInput } from '../../../shared/ipc/contract';
import type { TestCore } from '../../support/core';
import { makeTempDir, normalizePdfText, pdfPageSize, pdfToText } from '../../support/pdf';
import { addPatient, makeCenter, startPlan } from '../../support/schedule';

// Shared set-up for the handout tests: a center with its name and 24-hour number, a patient with a plan and
// booked appointments, and reading a PDF back as text.

export const CENTER = { centerName: 'Hôpital de jour d’oncologie', centerPhone24h: '+1 514 555 0199' } as const;
export const ACCENTED_NAME = { givenName: 'Éloïse', familyName: "O'Brien-Lefèvre" } as const;
export const ACCENTED_DISPLAY = "Éloïse O'Brien-Lefèvre";

/** Given and family names that print as exactly 120 characters with the space between them. */
export function longName(): { givenName: string; familyName: string; display: string } {
  const givenName = 'Maximiliana-Alexandrina Josefina';
  const family = `${'Wolfeschlegelsteinhausen'.repeat(4)}-de la Cruz O'Sullivan`;
  const familyName = family.slice(0, 120 - givenName.length - 1);
  return { givenName, familyName, display: `${givenName} ${familyName}` };
}

/** Center, patient and a pembrolizumab plan with `doses` appointments booked from 2026-11-30. */
export async function patientWithAppointments(
  t: TestCore,
  patient: Partial<IpcInput<'patients:create'>>,
  doses: number,
): Promise<{ patientId: string; appointments: Array<{ date: string; start: number }> }> {
  await t.ok('settings:update', CENTER);
  await makeCenter(t, { chairs: 2, nurses: 2 });
  const patientId = await addPatient(t, patient);
  if (doses === 0) return { patientId, appointments: [] };
  const plan = await startPlan(t, patientId, { maxDoses: doses });
  const booked = await t.ok('schedule:book-plan', { planId: plan.id });
  return { patientId, appointments: booked.booked.map((b) => ({ date: b.date, start: b.start })) };
}

/** "Monday, November 30, 2026 at 08:00" as the English sheet prints it (center wall-clock time). */
export function appointmentLine(appointment: { date: string; start: number }, locale: 'en' | 'fr'): string {
  const date = formatCalendarDate(appointment.date, locale === 'fr' ? 'fr-FR' : 'en-US');
  return `${date} ${locale === 'fr' ? 'à' : 'at'} ${clockTime(appointment.start)}`;
}

export interface PdfReadBack {
  text: string;
  pages: number;
  width: number;
}

/** The PDF's text as a reader sees it (normalised), and its page count and width from poppler. */
export async function readPdf(pdf: Uint8Array | string, name = 'sheet'): Promise<PdfReadBack> {
  const bytes = typeof pdf === 'string' ? Buffer.from(pdf, 'base64') : Buffer.from(pdf);
  const temp = await makeTempDir('chairside-handout-');
  try {
    const path = await temp.write(`${name}.pdf`, bytes);
    const [text, size] = await Promise.all([pdfToText(path), pdfPageSize(path)]);
    return { text: normalizePdfText(text), pages: size.pages, width: Math.round(size.width) };
  } finally {
    await temp.remove();
  }
}
