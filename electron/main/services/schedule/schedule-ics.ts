import { buildIcs, type IcsEvent } from '../../../../shared/schedule/ics';
import { zonedMinuteToUtc } from '../../../../shared/schedule/timezone';
import { notFound } from '../../core/errors';
import { patientExists } from '../../repositories/patients';
import { upcomingOfPatient } from '../../repositories/patient-appointments';
import type { CoreDeps } from '../../core/deps';
import { clinicTimeZone, clinicToday } from '../center/clinic-clock';
import { createSettingsService } from '../center/settings';

// A patient's upcoming appointments as an .ics file for their own calendar. Times go out in UTC (converted
// from the center's wall clock), so a phone in another zone still shows the right moment.

export async function exportPatientIcs(deps: CoreDeps, patientId: string, timeZone = clinicTimeZone()) {
  const db = deps.store.db;
  if (!(await patientExists(db, patientId))) throw notFound('patient-not-found', 'Patient');
  const rows = await upcomingOfPatient(db, patientId, { date: clinicToday(deps) });
  const settings = await createSettingsService(deps).get();
  const description = settings.centerPhone24h
    ? `Questions, or feeling unwell? Call ${settings.centerPhone24h} (24 hours).`
    : undefined;
  const events: IcsEvent[] = rows.map((r) => ({
    uid: `${r.id}@chairside`,
    start: zonedMinuteToUtc(r.date, r.start_minute, timeZone),
    end: zonedMinuteToUtc(r.date, r.end_minute, timeZone),
    sequence: r.sequence,
    ...(settings.centerName ? { location: settings.centerName } : {}),
    ...(description ? { description } : {}),
  }));
  const text = buildIcs(events, { stamp: deps.now(), calendarName: settings.centerName || 'Infusion appointments' });
  return { fileName: 'infusion-appointments.ics', text, count: events.length };
}
