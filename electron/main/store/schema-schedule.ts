import type { Generated } from 'kysely';

// Row types for treatment plans (0050) and appointments (0060). They mirror the columns; the domain types
// are in shared/ipc/contract/{plans,schedule}.ts and the mapping is in the plans and appointments repositories.

export interface TreatmentPlanRow {
  id: string;
  patient_id: string;
  kind: 'regimen' | 'car-t';
  regimen_id: string;
  regimen_name: string;
  library_version: string;
  start_date: string;
  weight_kg_used: number | null;
  status: 'active' | 'on-hold' | 'completed' | 'discontinued';
  status_reason: string | null;
  /** 1000: the code and values of a reason the app wrote itself (shared/reasons); null for a typed one. */
  status_reason_code?: string | null;
  status_reason_params_json?: string | null;
  car_t_json: string | null;
  /** Why the plan has no more doses (0200); null for CAR T and older plans. */
  end_json?: string | null;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

export interface PlanDoseRow {
  plan_id: string;
  dose_number: number;
  cycle: number;
  kind: 'treatment' | 'lymphodepletion' | 'car-t-infusion' | 'car-t-additional';
  phase_id: string | null;
  interval_days: number | null;
  target_date: string;
  items_json: string;
  infusion_minutes: number | null;
  premedication_json: string;
  is_first_dose: 0 | 1;
  unverified_json: string;
  /** 0960: 'monitoring' for a CAR T monitoring visit (stored kind 'treatment'; nothing is given). */
  car_t_visit?: 'monitoring' | null;
}

export interface AppointmentRow {
  id: string;
  plan_id: string;
  dose_number: number;
  patient_id: string;
  chair_id: string;
  nurse_id: string | null;
  date: string;
  start_minute: number;
  end_minute: number;
  status: string;
  flags_json: Generated<string>;
  sequence: Generated<number>;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface AppointmentEventRow {
  id: Generated<number>;
  appointment_id: string;
  at_utc: string;
  user_id: string | null;
  workstation: string;
  action: string;
  reason: string | null;
  /** 1000: the code and values of a reason the app wrote itself (shared/reasons); null for a typed one. */
  reason_code?: string | null;
  reason_params_json?: string | null;
  detail: string | null;
}

export interface ScheduleTables {
  treatment_plan: TreatmentPlanRow;
  plan_dose: PlanDoseRow;
  appointment: AppointmentRow;
  appointment_event: AppointmentEventRow;
}

/** 0610: one step of a visit's drug on its way to the chair, append-only. */
export interface DrugPreparationEventRow {
  id: Generated<number>;
  appointment_id: string;
  step: string;
  at_utc: string;
  clock_minute: number;
  user_id: string | null;
  workstation: string;
  wait_minutes: number | null;
}
