import { EMPTY_VITALS } from '../../../shared/charting/vitals';
import { SYMPTOM_SCREEN, screenKey } from '../../../shared/charting/symptom-screen';

// What the demo nurse charts at a past visit (history.ts): a plain assessment, the administration record of a
// single-drug flat dose, an occasional grade 1–2 infusion reaction, and side effects reported later.

/** A past dose of a single-drug, flat-dose plan, to be charted as a visit. */
export interface Visit {
  planId: string;
  doseNumber: number;
  date: string;
  patientId: string;
  drugId: string;
  doseMg: number;
  minutes: number;
}

export function assessment(weightKg: number) {
  return {
    vitals: {
      ...EMPTY_VITALS,
      temperatureC: 36.7,
      heartRate: 76,
      bpSystolic: 126,
      bpDiastolic: 78,
      respiratoryRate: 16,
      spo2: 98,
      weightKg,
      pain: 0,
    },
    flags: [],
    screen: Object.fromEntries(SYMPTOM_SCREEN.map((i) => [screenKey(i), 'no'])),
    screenNotes: '',
    ready: {
      premedication: 'not-required',
      premedicationTime: null,
      premedicationText: '',
    },
  };
}

export function administration(v: Visit) {
  const rate = Math.round((100 * 600) / v.minutes) / 10;
  return {
    drugId: v.drugId,
    order: 1,
    bag: {
      drugId: v.drugId,
      doseMg: v.doseMg,
      volumeMl: 100,
      rateMlPerHour: rate,
      route: 'IV',
      lot: 'DEMO-LOT',
      expiry: '2027-06-30',
    },
    line: 'peripheral',
    site: 'Left forearm',
    filterUsed: 'yes',
    premedication: '',
    notes: '',
  };
}

export function reaction(administrationEntryId: string, drugId: string, grade: 1 | 2, onset: string) {
  return {
    drugId,
    drugName: drugId,
    administrationEntryId,
    onsetTime: onset,
    symptoms: ['flushing'],
    symptomsText: '',
    vitalsSeries: [],
    medications: [],
    questions: {
      lifeThreatening: false,
      hospitalisation: false,
      recurrence: false,
      interruptionOrTreatment: grade === 2,
      promptResponse: grade === 2 ? true : null,
    },
    suggestedGrade: grade,
    grade,
    ctcaeVersion: '5.0',
    meddraCode: '10051792',
    outcome: 'resolved',
    outcomeText: '',
  };
}

/** A side effect reported at a later visit: a graded CTCAE term, onset a few days after the dose. */
export function irae(term: { meddraCode: string; term: string }, grade: 1 | 2, onsetDate: string, planId: string) {
  return {
    meddraCode: term.meddraCode,
    term: term.term,
    grade,
    ctcaeVersion: '5.0',
    onsetDate,
    resolutionDate: null,
    attribution: 'possible',
    actions: ['none'],
    notes: '',
    planId,
  };
}
