// Row types of 0500: lab results, consent per plan, prescriber releases of a ready-to-treat hold.

export interface LabResultRow {
  id: string;
  patient_id: string;
  analyte: string;
  drawn_at: string;
  value_text: string;
  value_number: number | null;
  comparator: '<' | '>' | null;
  unit: string;
  ref_low: number | null;
  ref_high: number | null;
  first_unit_value: number | null;
  first_unit_ref_low: number | null;
  first_unit_ref_high: number | null;
  entry_method: 'hand' | 'csv';
  entered_by: string | null;
  entered_at: string;
  workstation: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface PlanConsentRow {
  id: string;
  plan_id: string;
  consent_date: string;
  consent_type: 'written' | 'verbal' | 'electronic';
  obtained_by: string;
  expires_on: string | null;
  recorded_by: string | null;
  recorded_at: string;
  workstation: string;
}

export interface ReadyReleaseRow {
  id: string;
  appointment_id: string;
  prescriber_name: string;
  reason: string;
  ordered_at: string;
  released_reasons: string;
  entered_by: string | null;
  entered_at: string;
  workstation: string;
}

export interface LabTables {
  lab_result: LabResultRow;
  plan_consent: PlanConsentRow;
  ready_release: ReadyReleaseRow;
}
