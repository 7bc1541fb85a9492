import { buildIcs, type IcsEvent } from '../../../../shared/schedule/ics';
import { RELEASED_STATUSES } from '../../../../shared/schedule/status';
import { zonedMinuteToUtc } from '../../../../shared/schedule/timezone';
import { notFound } from '../../core/errors';
import type { CoreDeps } from '../../core/deps';
import { clinicTimeZone, clinicToday } from '../center/clinic-clock';
import { createSettingsService } from '../center/settings';

// A patient's upcoming appointments as an .ics file for their own calendar. Times go out in UTC (converted
// from the center's wall clock), so a phone in another zone still shows the right moment.

export async function exportPatientIcs(deps: CoreDeps, patientId: string, timeZone = clinicTimeZone()) {
  const db = deps.store.db;
  const patient = await db.selectFrom('patient').select('id').where('id', '=', patientId).executeTakeFirst();
  if (!patient) throw notFound('patient-not-found', 'Patient');
  const rows = await db
    .selectFrom('appointment')
    .select(['id', 'date', 'start_minute', 'end_minute', 'sequence'])
    .where('patient_id', '=', patientId)
    .where('date', '>=', clinicToday(deps))
    .where('status', 'not in', [...RELEASED_STATUSES, 'completed'])
    .orderBy('date')
    .orderBy('start_minute')
    .execute();
  const settings = await createSettingsService(db, deps.now).get();
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
