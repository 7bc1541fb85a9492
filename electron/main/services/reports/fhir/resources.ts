import type { LabLoincCodes } from '../../../../../shared/labs/loinc';
import { zonedMinuteToUtc } from '../../../../../shared/schedule/timezone';
import type {
  AppointmentFhirRow,
  OrderLineFhirRow,
  PatientFhirRow,
  PlanFhirRow,
  UserFhirRow,
} from '../../../repositories/fhir-export';
import {
  IDENTIFIER_TYPE,
  LANGUAGE_SYSTEM,
  MCODE_CANCER_PATIENT,
  MCODE_MEDICATION_REQUEST,
  REQUEST_CATEGORY,
  UCUM,
} from './codes';

// The administrative resources of the FHIR export: Patient, Practitioner, Appointment, CarePlan and
// MedicationRequest. Ids are the app's own (stable across exports), references are relative (`Patient/<id>`)
// as the Bulk Data format and a Bundle with RESTful fullUrls both resolve.

export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

export interface FhirContext {
  /** Patient.identifier.system for MRNs: the center's setting, an absolute URI its IT chose. */
  mrnSystem: string;
  /** The export's base: Bundle fullUrls and the canonical URL of Chairside's own extensions. */
  baseUrl: string;
  timeZone: string;
  /** The LOINC code the center's laboratory reports per analyte (Settings); an analyte without one goes as text. */
  labCodes: LabLoincCodes;
}

export function ref(type: string, id: string, display?: string | null) {
  return display ? { reference: `${type}/${id}`, display } : { reference: `${type}/${id}` };
}

/** A clinic wall-clock minute on a clinic day as a FHIR instant (UTC). */
export function instantAt(date: string, minute: number, ctx: FhirContext): string {
  return zonedMinuteToUtc(date, minute, ctx.timeZone).toISOString();
}

/** UCUM quantity; the unit shown is the code unless a friendlier one is given. */
export function ucum(value: number, code: string, unit = code) {
  return { value, unit, system: UCUM, code };
}

const GENDER: Record<string, string> = { female: 'female', male: 'male', other: 'other', unknown: 'unknown' };

export function patientResource(p: PatientFhirRow, ctx: FhirContext): FhirResource {
  const mrnType = { coding: [{ system: IDENTIFIER_TYPE, code: 'MR' }], text: 'Medical record number' };
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { profile: [MCODE_CANCER_PATIENT] },
    identifier: [{ use: 'usual', type: mrnType, system: ctx.mrnSystem, value: p.mrn }],
    name: [{ use: 'official', family: p.family_name, given: [p.given_name] }],
    gender: GENDER[p.sex] ?? 'unknown',
    birthDate: p.birth_date,
    ...(p.phone.trim() ? { telecom: [{ system: 'phone', value: p.phone.trim() }] } : {}),
    communication: [
      { language: { coding: [{ system: LANGUAGE_SYSTEM, code: p.preferred_language }] }, preferred: true },
    ],
  };
}

export function practitionerResource(u: UserFhirRow): FhirResource {
  return { resourceType: 'Practitioner', id: u.id, active: u.active === 1, name: [{ text: u.display_name }] };
}

/** Chairside's visit statuses in FHIR's appointment status (R4 value set appointmentstatus). */
const APPOINTMENT_STATUS: Record<string, string> = {
  scheduled: 'booked',
  'checked-in': 'checked-in',
  'in-chair': 'arrived',
  infusing: 'arrived',
  observation: 'arrived',
  completed: 'fulfilled',
  held: 'cancelled',
  cancelled: 'cancelled',
  'no-show': 'noshow',
};

export function appointmentResource(a: AppointmentFhirRow, ctx: FhirContext): FhirResource {
  const status = APPOINTMENT_STATUS[a.status] ?? 'booked';
  const participants: Record<string, unknown>[] = [{ actor: ref('Patient', a.patient_id), status: 'accepted' }];
  if (a.nurse) participants.push({ type: [{ text: 'Nurse' }], actor: { display: a.nurse }, status: 'accepted' });
  participants.push({ type: [{ text: 'Chair' }], actor: { display: a.chair }, status: 'accepted' });
  return {
    resourceType: 'Appointment',
    id: a.id,
    status,
    ...(status === 'cancelled'
      ? { cancelationReason: { text: a.status === 'held' ? 'Plan on hold' : 'Cancelled' } }
      : {}),
    description: `Infusion, dose ${a.dose_number}`,
    supportingInformation: [ref('CarePlan', a.plan_id)],
    start: instantAt(a.date, a.start_minute, ctx),
    end: instantAt(a.date, a.end_minute, ctx),
    minutesDuration: a.end_minute - a.start_minute,
    created: a.created_at,
    participant: participants,
  };
}

const CARE_PLAN_STATUS: Record<string, string> = {
  active: 'active',
  'on-hold': 'on-hold',
  completed: 'completed',
  discontinued: 'revoked',
};

export function carePlanResource(plan: PlanFhirRow, requestIds: readonly string[]): FhirResource {
  return {
    resourceType: 'CarePlan',
    id: plan.id,
    status: CARE_PLAN_STATUS[plan.status] ?? 'unknown',
    intent: 'plan',
    title: plan.regimen_name,
    description: plan.kind === 'car-t' ? 'CAR T-cell therapy' : 'Immunotherapy regimen',
    subject: ref('Patient', plan.patient_id),
    period: { start: plan.start_date },
    created: plan.created_at,
    ...(requestIds.length > 0
      ? { activity: requestIds.map((id) => ({ reference: ref('MedicationRequest', id) })) }
      : {}),
  };
}

const REQUEST_STATUS: Record<string, string> = {
  'awaiting-verification': 'draft',
  verified: 'active',
  rejected: 'cancelled',
  replaced: 'stopped',
};

export const requestId = (line: Pick<OrderLineFhirRow, 'id' | 'line_number'>) => `${line.id}-${line.line_number}`;

function doseAndRate(line: OrderLineFhirRow) {
  const dose =
    line.dose_mg !== null
      ? { doseQuantity: ucum(line.dose_mg, 'mg') }
      : line.dose_mg_per_kg !== null
        ? { doseQuantity: ucum(line.dose_mg_per_kg, 'mg/kg') }
        : {};
  const rate = line.rate_ml_per_hour !== null ? { rateQuantity: ucum(line.rate_ml_per_hour, 'mL/h') } : {};
  return Object.keys(dose).length + Object.keys(rate).length > 0 ? [{ ...dose, ...rate }] : [];
}

export function medicationRequestResource(line: OrderLineFhirRow, patientId: string): FhirResource {
  const doses =
    line.first_dose === line.last_dose ? `dose ${line.first_dose}` : `doses ${line.first_dose} to ${line.last_dose}`;
  const rates = doseAndRate(line);
  return {
    resourceType: 'MedicationRequest',
    id: requestId(line),
    meta: { profile: [MCODE_MEDICATION_REQUEST] },
    ...(line.external_reference ? { identifier: [{ value: line.external_reference }] } : {}),
    status: REQUEST_STATUS[line.status] ?? 'unknown',
    intent: 'order',
    category: [{ coding: [{ system: REQUEST_CATEGORY, code: 'outpatient', display: 'Outpatient' }] }],
    medicationCodeableConcept: { text: line.drug_name },
    subject: ref('Patient', patientId),
    authoredOn: line.entered_at,
    requester: line.prescriber_id
      ? ref('Practitioner', line.prescriber_id, line.prescriber_name)
      : { display: line.prescriber_name },
    basedOn: [ref('CarePlan', line.plan_id)],
    groupIdentifier: { value: line.id },
    dosageInstruction: [
      {
        text: `${line.dose_text} (plan ${doses})`,
        route: { text: line.route },
        ...(rates.length > 0 ? { doseAndRate: rates } : {}),
      },
    ],
  };
}
