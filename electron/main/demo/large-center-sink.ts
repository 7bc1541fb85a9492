import { bulkInserter } from '../store/bulk-load';
import type { Store } from '../store/database';
import { toPatientColumns } from '../repositories/patients';
import { toDoseRow, toPlanRow } from '../repositories/plans';
import type { Sink } from './large-center-gen';

// The generator's rows go in through the store's bulk inserter (one prepared statement per table, inside the
// caller's transaction): at this volume (hundreds of thousands of rows) that is the difference between
// seconds and hours.

const PATIENT_COLUMNS = [
  'id',
  'mrn',
  'mrn_search',
  'family_name',
  'given_name',
  'search_name',
  'birth_date',
  'sex',
  'weight_kg',
  'weight_measured_on',
  'height_cm',
  'height_measured_on',
  'allergies',
  'preferred_language',
  'phone',
  'notes',
  'preferred_window',
  'created_at',
  'updated_at',
] as const;
const PLAN_COLUMNS = [
  'id',
  'patient_id',
  'kind',
  'regimen_id',
  'regimen_name',
  'library_version',
  'start_date',
  'weight_kg_used',
  'status',
  'status_reason',
  'car_t_json',
  'end_json',
  'created_at',
  'created_by',
  'updated_at',
] as const;
const DOSE_COLUMNS = [
  'plan_id',
  'dose_number',
  'cycle',
  'kind',
  'phase_id',
  'interval_days',
  'target_date',
  'items_json',
  'infusion_minutes',
  'premedication_json',
  'is_first_dose',
  'unverified_json',
] as const;
const APPOINTMENT_COLUMNS = [
  'id',
  'plan_id',
  'dose_number',
  'patient_id',
  'chair_id',
  'nurse_id',
  'date',
  'start_minute',
  'end_minute',
  'status',
  'flags_json',
  'sequence',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const;
const EVENT_COLUMNS = ['appointment_id', 'at_utc', 'user_id', 'workstation', 'action', 'reason', 'detail'] as const;

export interface SinkCounts {
  patients: number;
  plans: number;
  doses: number;
  appointments: number;
}

/** A Sink writing straight to SQLite; call it inside `store.transaction`. */
export function preparedSink(
  store: Pick<Store, 'dialect' | 'prepare'>,
  workstation: string,
): { sink: Sink; counts: SinkCounts } {
  const counts: SinkCounts = { patients: 0, plans: 0, doses: 0, appointments: 0 };
  const patient = bulkInserter(store, 'patient', PATIENT_COLUMNS);
  const plan = bulkInserter(store, 'treatment_plan', PLAN_COLUMNS);
  const dose = bulkInserter(store, 'plan_dose', DOSE_COLUMNS);
  const appointment = bulkInserter(store, 'appointment', APPOINTMENT_COLUMNS);
  const event = bulkInserter(store, 'appointment_event', EVENT_COLUMNS);
  const sink: Sink = {
    patient: (id, fields, at) => {
      patient({ id, ...toPatientColumns(fields), created_at: at, updated_at: at });
      counts.patients += 1;
    },
    plan: (p, doses) => {
      plan(toPlanRow(p));
      for (const d of doses) dose(toDoseRow(p.id, d));
      counts.plans += 1;
      counts.doses += doses.length;
    },
    appointment: (a) => {
      const at = `${a.date}T07:00:00.000Z`;
      appointment({
        id: a.id,
        plan_id: a.planId,
        dose_number: a.doseNumber,
        patient_id: a.patientId,
        chair_id: a.chairId,
        nurse_id: a.nurseId,
        date: a.date,
        start_minute: a.start,
        end_minute: a.end,
        status: a.status,
        flags_json: JSON.stringify(a.flags),
        sequence: 0,
        created_at: at,
        created_by: 'demo-generator',
        updated_at: at,
        updated_by: 'demo-generator',
      });
      event({
        appointment_id: a.id,
        at_utc: at,
        user_id: 'demo-generator',
        workstation,
        action: 'book',
        reason: 'Generated demo history',
        detail: null,
      });
      counts.appointments += 1;
    },
  };
  return { sink, counts };
}
