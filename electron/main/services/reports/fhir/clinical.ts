import { minutesOf } from '../../../../../shared/charting/common';
import { VITAL_FIELDS, VITAL_NAMES, VITAL_UNITS, type VitalField } from '../../../../../shared/charting/vitals';
import { ANALYTES } from '../../../../../shared/labs/analytes';
import type { LabFhirRow, SignedEntryFhirRow, VisitEntryFhirRow } from '../../../repositories/fhir-export';
import {
  LOINC,
  MCODE_MEDICATION_ADMINISTRATION,
  MEDDRA_SYSTEM,
  OBSERVATION_CATEGORY,
  PERFORM_FUNCTION,
  VITAL_CODES,
} from './codes';
import { instantAt, ref, ucum, type FhirContext, type FhirResource } from './resources';

// The clinical resources: what was given (MedicationAdministration, mCODE), what happened (AdverseEvent with
// the CTCAE term as its MedDRA code and the grade), what was measured (Observation) and what the patient was
// handed (DocumentReference). Payloads are the signed chart entries' JSON, read defensively.

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function parse(payload: string): Json {
  try {
    return obj(JSON.parse(payload));
  } catch {
    return {};
  }
}

const performer = (code: 'performer' | 'verifier', userId: string) => ({
  function: { coding: [{ system: PERFORM_FUNCTION, code }] },
  actor: ref('Practitioner', userId),
});

const ADMINISTRATION_STATUS: Record<string, string> = { stopped: 'completed', 'not-given': 'not-done' };

function effective(entry: VisitEntryFhirRow, infusion: Json, ctx: FhirContext) {
  const start = str(infusion.startTime);
  if (start === null) return { effectiveDateTime: entry.signed_at };
  const stop = str(infusion.stopTime);
  const period: Json = { start: instantAt(entry.date, minutesOf(start), ctx) };
  if (stop !== null) period.end = instantAt(entry.date, minutesOf(stop), ctx);
  return { effectivePeriod: period };
}

/** One drug given at a visit; the independent double check is the second performer, as `verifier`. */
export function medicationAdministration(
  entry: VisitEntryFhirRow,
  verifierId: string | null,
  requestId: string | null,
  ctx: FhirContext,
): FhirResource {
  const p = parse(entry.payload);
  const infusion = obj(p.infusion);
  const bag = obj(p.bag);
  const state = str(infusion.state) ?? '';
  const stoppedEarly = state === 'stopped' && infusion.complete === false;
  const dose = num(p.doseMg);
  const rate = num(infusion.firstRate);
  const lot = [str(bag.lot) && `lot ${str(bag.lot)}`, str(bag.expiry) && `expiry ${str(bag.expiry)}`].filter(Boolean);
  return {
    resourceType: 'MedicationAdministration',
    id: entry.entry_id,
    meta: { profile: [MCODE_MEDICATION_ADMINISTRATION] },
    status: stoppedEarly ? 'stopped' : (ADMINISTRATION_STATUS[state] ?? 'unknown'),
    medicationCodeableConcept: { text: str(p.drugName) ?? str(p.drugId) ?? 'Unknown drug' },
    subject: ref('Patient', entry.patient_id),
    supportingInformation: [ref('Appointment', entry.appointment_id!)],
    ...effective(entry, infusion, ctx),
    performer: [
      ...(entry.signed_by ? [performer('performer', entry.signed_by)] : []),
      ...(verifierId ? [performer('verifier', verifierId)] : []),
    ],
    ...(requestId ? { request: ref('MedicationRequest', requestId) } : {}),
    ...(lot.length > 0 ? { note: [{ text: `Bag ${lot.join(', ')}` }] } : {}),
    dosage: {
      ...(str(p.doseText) ? { text: str(p.doseText) } : {}),
      ...(str(p.route) ? { route: { text: str(p.route) } } : {}),
      ...(dose !== null ? { dose: ucum(dose, 'mg') } : {}),
      ...(rate !== null ? { rateQuantity: ucum(rate, 'mL/h') } : {}),
    },
  };
}

export interface AdverseEventInput {
  id: string;
  patientId: string;
  meddraCode: string | null;
  term: string;
  grade: number | null;
  date: string;
  recordedDate: string | null;
  recorderId: string | null;
  outcome: string;
  suspect: { reference?: string; display?: string } | null;
  causality: string | null;
}

export function adverseEvent(e: AdverseEventInput, ctx: FhirContext): FhirResource {
  const coding = e.meddraCode ? [{ system: MEDDRA_SYSTEM, code: e.meddraCode, display: e.term }] : [];
  const suspect = e.suspect
    ? [{ instance: e.suspect, ...(e.causality ? { causality: [{ assessment: { text: e.causality } }] } : {}) }]
    : [];
  return {
    resourceType: 'AdverseEvent',
    id: e.id,
    ...(e.grade !== null
      ? { extension: [{ url: `${ctx.baseUrl}/StructureDefinition/ctcae-grade`, valueInteger: e.grade }] }
      : {}),
    actuality: 'actual',
    event: { coding, text: e.term },
    subject: ref('Patient', e.patientId),
    date: e.date,
    ...(e.recordedDate ? { recordedDate: e.recordedDate } : {}),
    ...(e.recorderId ? { recorder: ref('Practitioner', e.recorderId) } : {}),
    outcome: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adverse-event-outcome', code: e.outcome }] },
    ...(suspect.length > 0 ? { suspectEntity: suspect } : {}),
  };
}

const category = (code: 'vital-signs' | 'laboratory') => [{ coding: [{ system: OBSERVATION_CATEGORY, code }] }];

function vitalCode(field: VitalField | 'bp', text: string) {
  const code = VITAL_CODES[field];
  return code ? { coding: [{ system: LOINC, code: code.loinc }], text } : { text };
}

function vitalValue(field: VitalField, value: number) {
  const code = VITAL_CODES[field];
  if (code) return { valueQuantity: ucum(value, code.ucum, VITAL_UNITS[field]) };
  return Number.isInteger(value) ? { valueInteger: value } : { valueQuantity: { value, unit: VITAL_UNITS[field] } };
}

/** The vital signs of a signed pre-infusion assessment, one Observation each; blood pressure as one panel. */
export function vitalObservations(entry: VisitEntryFhirRow): FhirResource[] {
  const vitals = obj(parse(entry.payload).vitals);
  const base = (id: string, profile: string | undefined) => ({
    resourceType: 'Observation',
    id: `${entry.entry_id}-${id}`,
    ...(profile ? { meta: { profile: [profile] } } : {}),
    status: 'final',
    category: category('vital-signs'),
    subject: ref('Patient', entry.patient_id),
    effectiveDateTime: entry.signed_at,
    ...(entry.signed_by ? { performer: [ref('Practitioner', entry.signed_by)] } : {}),
  });
  const out: FhirResource[] = [];
  for (const field of VITAL_FIELDS) {
    const value = num(vitals[field]);
    if (value === null || field === 'bpSystolic' || field === 'bpDiastolic') continue;
    out.push({
      ...base(field, VITAL_CODES[field]?.profile),
      code: vitalCode(field, VITAL_NAMES[field]),
      ...vitalValue(field, value),
    });
  }
  const sys = num(vitals.bpSystolic);
  const dia = num(vitals.bpDiastolic);
  if (sys !== null && dia !== null) {
    const component = (field: 'bpSystolic' | 'bpDiastolic', value: number) => ({
      code: vitalCode(field, VITAL_NAMES[field]),
      valueQuantity: ucum(value, 'mm[Hg]', 'mmHg'),
    });
    const panel = { code: vitalCode('bp', 'Blood pressure') };
    out.push({
      ...base('bp', VITAL_CODES.bp?.profile),
      ...panel,
      component: [component('bpSystolic', sys), component('bpDiastolic', dia)],
    });
  }
  return out;
}

/**
 * What a lab result measured: the LOINC code the center's laboratory reports for the analyte, when the center
 * set one in Settings, with the analyte's name as text; the name only otherwise. Chairside ships no analyte
 * code: the right one depends on the lab's method and specimen.
 */
function labCode(analyteId: string, ctx: FhirContext) {
  const analyte = ANALYTES.find((a) => a.id === analyteId);
  const text = analyte?.names.en ?? analyteId;
  const code = analyte ? ctx.labCodes[analyte.id] : undefined;
  return code ? { coding: [{ system: LOINC, code }], text } : { text };
}

/** A lab result, coded as above, drawn at a clinic wall-clock time. */
export function labObservation(row: LabFhirRow, ctx: FhirContext): FhirResource {
  const [day, time] = row.drawn_at.split('T') as [string, string];
  const quantity = (value: number) => ({ value, unit: row.unit });
  const value =
    row.value_number !== null
      ? { valueQuantity: { ...quantity(row.value_number), ...(row.comparator ? { comparator: row.comparator } : {}) } }
      : { valueString: row.value_text };
  const range = {
    ...(row.ref_low !== null ? { low: quantity(row.ref_low) } : {}),
    ...(row.ref_high !== null ? { high: quantity(row.ref_high) } : {}),
  };
  return {
    resourceType: 'Observation',
    id: row.id,
    status: 'final',
    category: category('laboratory'),
    code: labCode(row.analyte, ctx),
    subject: ref('Patient', row.patient_id),
    effectiveDateTime: instantAt(day, minutesOf(time), ctx),
    issued: row.entered_at,
    ...value,
    ...(Object.keys(range).length > 0 ? { referenceRange: [range] } : {}),
  };
}

/** A handout printed (or saved) for the patient, as the signed education entry recorded it. */
export function documentReference(entry: SignedEntryFhirRow, sheetTitles: readonly string[]): FhirResource {
  const p = parse(entry.payload);
  const language = str(p.language);
  const version = str(p.sheetVersion);
  const title = `${sheetTitles.join(', ')}${version ? ` (version ${version})` : ''}`;
  const delivery = str(p.delivery) === 'save' ? 'saved as a file' : 'printed';
  return {
    resourceType: 'DocumentReference',
    id: entry.entry_id,
    status: 'current',
    docStatus: 'final',
    type: { text: 'Patient education handout' },
    subject: ref('Patient', entry.patient_id),
    date: entry.signed_at,
    ...(entry.signed_by ? { author: [ref('Practitioner', entry.signed_by)] } : {}),
    description: `Education handout ${delivery}${p.walletCard === true ? ', with wallet card' : ''}`,
    content: [{ attachment: { contentType: 'application/pdf', ...(language ? { language } : {}), title } }],
  };
}
