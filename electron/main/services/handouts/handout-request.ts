import { carTDates } from '../../../../shared/ipc/contract/plans';
import type { HandoutSetting, Paper } from '../../../../shared/ipc/contract/handouts';
import type { Locale } from '../../../../shared/ipc/schemas';
import { dateInZone, minuteInZone } from '../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../core/deps';
import { notFound } from '../../core/errors';
import { upcomingOfPatient } from '../../repositories/patient-appointments';
import { patientNameRow } from '../../repositories/patients';
import { currentPlansOfPatient } from '../../repositories/plans';
import { createSettingsService } from '../center/settings';

// Everything a sheet is personalised with, read from the database in one place: the patient, their active
// (or held) plans, their next appointments and the center's name and 24-hour number.

/** How many upcoming appointments a sheet lists (the sheet's layout is made for three). */
export const NEXT_APPOINTMENTS = 3;

export interface ActivePlan {
  kind: 'regimen' | 'car-t';
  regimenId: string;
  regimenName: string;
  carT: { productId: string; day0: string } | null;
}

export interface PatientContext {
  patientId: string;
  /** As the patient writes it: given name, then family name. */
  displayName: string;
  preferredLanguage: Locale;
  plans: ActivePlan[];
  /** Center wall-clock date and minute. */
  appointments: Array<{ date: string; start: number }>;
  center: { name: string; phone24h: string };
  /** The center's paper (Settings › General). */
  paper: Paper;
}

async function activePlans(deps: CoreDeps, patientId: string): Promise<ActivePlan[]> {
  // A plan on hold is not over: the patient still has the drug on board and still needs its warning signs.
  const rows = await currentPlansOfPatient(deps.store.db, patientId);
  return rows.map((row) => {
    const carT = row.car_t_json ? carTDates.parse(JSON.parse(row.car_t_json)) : null;
    return {
      kind: row.kind,
      regimenId: row.regimen_id,
      regimenName: row.regimen_name,
      carT: carT ? { productId: carT.productId, day0: carT.day0 } : null,
    };
  });
}

/** Live appointments that have not started yet, soonest first (today's later ones included). */
async function nextAppointments(deps: CoreDeps, patientId: string, timeZone: string) {
  const now = deps.now();
  const today = dateInZone(now, timeZone);
  const minute = minuteInZone(now, timeZone);
  const rows = await upcomingOfPatient(
    deps.store.db,
    patientId,
    { date: today, afterMinute: minute },
    NEXT_APPOINTMENTS,
  );
  return rows.map((r) => ({ date: r.date, start: r.start_minute }));
}

export async function loadPatientContext(deps: CoreDeps, patientId: string, timeZone: string): Promise<PatientContext> {
  const patient = await patientNameRow(deps.store.db, patientId);
  if (!patient) throw notFound('patient-not-found', 'The patient');
  const settings = await createSettingsService(deps).get();
  return {
    patientId,
    displayName: `${patient.given_name} ${patient.family_name}`,
    preferredLanguage: patient.preferred_language === 'fr' ? 'fr' : 'en',
    plans: await activePlans(deps, patientId),
    appointments: await nextAppointments(deps, patientId, timeZone),
    center: { name: settings.centerName.trim(), phone24h: settings.centerPhone24h.trim() },
    paper: settings.paperSize,
  };
}

/** The settings a printed sheet needs and that are still empty. */
export function missingSettings(center: PatientContext['center']): HandoutSetting[] {
  const missing: HandoutSetting[] = [];
  if (center.name === '') missing.push('centerName');
  if (center.phone24h === '') missing.push('centerPhone24h');
  return missing;
}
