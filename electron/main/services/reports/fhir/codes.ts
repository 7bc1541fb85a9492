import type { VitalField } from '../../../../../shared/charting/vitals';

// Every code system, code and profile the FHIR export writes, each with where it is defined. Nothing here is
// made up: a concept without a sourced code (the pain score) is exported as text only, which FHIR allows
// (CodeableConcept.text) and a hospital's interface team maps on its side. Lab analytes carry the LOINC code
// the center's laboratory reports, which the center enters in Settings (services/center/lab-codes.ts); an
// analyte it has not set goes as text only.

export interface Source {
  title: string;
  url: string;
  /** The publication's version and date. */
  revised: string;
}

/** FHIR R4 itself: its vital signs profiles, code systems and value sets. */
export const FHIR_R4: Source = {
  title: 'HL7 FHIR Release 4 (technical correction 4.0.1)',
  url: 'http://hl7.org/fhir/R4/',
  revised: '4.0.1, 2019-11-01',
};

/**
 * mCODE, the minimal common oncology data elements implementation guide (HL7 US Realm), STU4: its profiles for
 * the cancer patient and cancer-related medication requests and administrations. The tests check the export
 * against these profiles' snapshots (required elements, cardinality, reference targets) from the IG's package.
 */
export const MCODE: Source = {
  title: 'mCODE Implementation Guide STU4: CancerPatient, CancerRelatedMedicationRequest and …Administration profiles',
  url: 'http://hl7.org/fhir/us/mcode/',
  revised: '4.0.0 (package hl7.fhir.us.mcode 4.0.0, built 2025-02-16)',
};

const MCODE_PROFILE = 'http://hl7.org/fhir/us/mcode/StructureDefinition/';
export const MCODE_CANCER_PATIENT = `${MCODE_PROFILE}mcode-cancer-patient`;
export const MCODE_MEDICATION_REQUEST = `${MCODE_PROFILE}mcode-cancer-related-medication-request`;
export const MCODE_MEDICATION_ADMINISTRATION = `${MCODE_PROFILE}mcode-cancer-related-medication-administration`;

/** MedicationRequest.category (FHIR R4 medicationrequest-category): an infusion center's orders are outpatient. */
export const REQUEST_CATEGORY = 'http://terminology.hl7.org/CodeSystem/medicationrequest-category';

/** MedDRA in HL7 terminology: CTCAE v5.0 terms are MedDRA lowest level terms (codes from ctcae-v5-terms.tsv). */
export const MEDDRA_SYSTEM = 'http://terminology.hl7.org/CodeSystem/MDRAE';

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** MedicationAdministration.performer.function: performer | verifier | witness (FHIR R4). */
export const PERFORM_FUNCTION = 'http://terminology.hl7.org/CodeSystem/med-admin-perform-function';
/** Identifier.type "MR" (medical record number), v2 table 0203 as bound in FHIR R4 identifier-type. */
export const IDENTIFIER_TYPE = 'http://terminology.hl7.org/CodeSystem/v2-0203';
export const LANGUAGE_SYSTEM = 'urn:ietf:bcp:47';

export interface VitalCode {
  /** LOINC code fixed by the FHIR R4 vital signs profile named in `profile`. */
  loinc: string;
  profile: string;
  ucum: string;
  source: Source;
}

/**
 * The vital signs Chairside charts that FHIR R4 profiles, with the LOINC code and UCUM unit each profile fixes
 * (http://hl7.org/fhir/R4/observation-vitalsigns.html; the codes are those of the value set
 * observation-vitalsignresult). Blood pressure is one panel with two components, as its profile requires.
 */
export const VITAL_CODES: Partial<Record<VitalField | 'bp', VitalCode>> = {
  temperatureC: vital('8310-5', 'bodytemp', 'Cel'),
  heartRate: vital('8867-4', 'heartrate', '/min'),
  respiratoryRate: vital('9279-1', 'resprate', '/min'),
  spo2: vital('2708-6', 'oxygensat', '%'),
  weightKg: vital('29463-7', 'bodyweight', 'kg'),
  bp: vital('85354-9', 'bp', 'mm[Hg]'),
  bpSystolic: vital('8480-6', 'bp', 'mm[Hg]'),
  bpDiastolic: vital('8462-4', 'bp', 'mm[Hg]'),
};

function vital(loinc: string, profile: string, ucum: string): VitalCode {
  return { loinc, profile: `http://hl7.org/fhir/StructureDefinition/${profile}`, ucum, source: FHIR_R4 };
}
