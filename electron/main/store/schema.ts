import type { Generated } from 'kysely';
import type {
  ChartEntryRow,
  InfusionEventRow,
  UserAccountTable,
  VisitEventRow,
  VisitStateRow,
} from './schema-charting';
import type { CenterRegimenRow, LibraryOverrideRow } from './schema-library';
import type { LabTables } from './schema-labs';
import type { OrderTables } from './schema-orders';
import type {
  AppointmentEventRow,
  AppointmentRow,
  DrugPreparationEventRow,
  PlanDoseRow,
  TreatmentPlanRow,
} from './schema-schedule';

// Row types mirror the columns (snake_case). Domain types live in shared/ (camelCase); mapping happens in
// the repositories.
export interface SettingRow {
  key: string;
  value_json: string;
  updated_at: string;
  updated_by: string | null;
}

export interface AuditEventRow {
  id: Generated<number>;
  at_utc: string;
  user_id: string | null;
  workstation: string;
  patient_id: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  detail: string | null;
  prev_hash: string;
  /** 1: unkeyed SHA-256 (rows written before 0300); 2: HMAC of the stored bytes (store/audit-mac.ts). */
  chain: Generated<number>;
  hash: string;
}

export interface PatientRow {
  id: string;
  mrn: string;
  mrn_search: string;
  family_name: string;
  given_name: string;
  search_name: string;
  birth_date: string;
  sex: string;
  weight_kg: number | null;
  weight_measured_on: string | null;
  height_cm: number | null;
  height_measured_on: string | null;
  allergies: string | null;
  preferred_language: string;
  phone: string;
  notes: string;
  preferred_window: string;
  created_at: string;
  updated_at: string;
}

export interface ChairRow {
  id: string;
  name: string;
  /** store/unique-key.ts of the name: what uniqueness is checked by (0320). */
  name_key: string;
  area: string;
  kind: string;
  active: number;
  sort_order: number;
}

export interface OpeningHoursRow {
  weekday: number;
  open_minute: number;
  close_minute: number;
  is_closed: number;
}

export interface ClosureRow {
  date: string;
  reason: string;
}

export interface NurseRow {
  id: string;
  display_name: string;
  initials: string;
  active: number;
}

export interface NurseShiftRow {
  nurse_id: string;
  weekday: number;
  start_minute: number;
  end_minute: number;
}

export interface NurseShiftOverrideRow {
  date: string;
  nurse_id: string;
  is_off: number;
  start_minute: number | null;
  end_minute: number | null;
}

export interface CenterLimitsRow {
  id: number;
  max_patients_per_nurse: number;
  max_starts_per_nurse_per_slot: number;
  slot_minutes: number;
  pre_assessment_minutes: number;
  post_infusion_observation_minutes: number;
  first_dose_extra_observation_minutes: number;
  premedication_wait_minutes: number;
  scheduling_tolerance_days: number;
}

/** 0920: the day a charge nurse saved the nurse board, and who. */
export interface NurseBoardRow {
  date: string;
  saved_at_utc: string;
  saved_by: string | null;
  workstation: string;
}

/** The public check value of a center's secret (0800; center mode only). */
export interface CenterKeyRow {
  id: number;
  recovery_check: string;
  created_at: string;
}

/** 0950: a place for subcutaneous injections; `capacity` patients at once, one seat each. */
export interface InjectionPlaceRow {
  id: string;
  name: string;
  capacity: number;
  active: number;
  sort_order: number;
}

/** 0960: the center's own CAR T protocol for one product (what the labels do not give). */
export interface CarTProtocolRow {
  product_id: string;
  ld_chair_minutes: number | null;
  infusion_chair_minutes: number | null;
  monitoring_visit_minutes: number | null;
  monitoring_days: number | null;
  updated_at: string;
  updated_by: string | null;
}

export interface DatabaseSchema extends OrderTables, LabTables {
  center_key: CenterKeyRow;
  setting: SettingRow;
  audit_event: AuditEventRow;
  patient: PatientRow;
  chair: ChairRow;
  opening_hours: OpeningHoursRow;
  closure: ClosureRow;
  nurse: NurseRow;
  nurse_shift: NurseShiftRow;
  nurse_shift_override: NurseShiftOverrideRow;
  center_limits: CenterLimitsRow;
  user_account: UserAccountTable;
  chart_entry: ChartEntryRow;
  infusion_event: InfusionEventRow;
  visit_event: VisitEventRow;
  visit_state: VisitStateRow;
  library_override: LibraryOverrideRow;
  center_regimen: CenterRegimenRow;
  treatment_plan: TreatmentPlanRow;
  plan_dose: PlanDoseRow;
  appointment: AppointmentRow;
  appointment_event: AppointmentEventRow;
  drug_preparation_event: DrugPreparationEventRow;
  nurse_board: NurseBoardRow;
  injection_place: InjectionPlaceRow;
  car_t_protocol: CarTProtocolRow;
}
