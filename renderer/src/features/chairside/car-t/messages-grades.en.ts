// Why an ASTCT grade is what it is (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625–638), worded from
// the grade's data (shared/clinical/gradable.ts GradeWhy); French in messages-grades.fr.ts, same keys. The English
// says exactly the sentence the grading functions log (tests/unit/charting/grade-words.test.ts checks it).
// Mounted under chairside.grades.

export const gradesEn = {
  noFever: 'No CRS by ASTCT: fever ≥38 °C is required.',
  noFeverPremedication: 'No CRS by ASTCT: fever ≥38 °C is required (routine premedication does not waive it).',
  noneAfterTherapy: 'No fever, hypotension or hypoxia after fever-suppressing therapy.',
  fever: 'fever {{temperature}} °C',
  feverWaived: 'fever not required after antipyretic or anti-cytokine therapy for CRS',
  feverNotEntered: 'no temperature entered',
  crsGrade1: 'Grade 1: {{fever}}, with no hypotension and no hypoxia.',
  crsOrgan:
    'Grade {{grade}}: {{fever}}; {{finding}}. The more severe of hypotension (grade {{hypotension}}) or hypoxia (grade {{hypoxia}}) decides.',
  icansNoneICE: 'No ICANS: ICE 10, alert, no seizure, motor findings or raised ICP.',
  icansNoneCAPD: 'No ICANS: CAPD below 9, alert, no seizure, motor findings or raised ICP.',
  icans: 'Grade {{grade}}: {{findings}}. The most severe domain decides.',
  notEntered: 'Not entered (cannot change this grade): {{fields}}.',
  iceNone: 'ICE 10 (no impairment)',
  ice: 'ICE {{ice}} ({{range}})',
  capdUnable: 'unable to perform the CAPD',
  capdHigh: 'CAPD {{capd}} (9 or higher)',
  capdLow: 'CAPD {{capd}} (below 9)',
  finding: {
    hypotension: {
      none: 'no hypotension',
      fluids: 'hypotension not requiring vasopressors',
      'one-vasopressor': 'hypotension requiring one vasopressor (with or without vasopressin)',
      'multiple-vasopressors': 'hypotension requiring multiple vasopressors (excluding vasopressin)',
    },
    hypoxia: {
      none: 'no hypoxia',
      'low-flow': 'hypoxia requiring low-flow nasal cannula (≤6 L/min) or blow-by',
      'high-flow': 'hypoxia requiring high-flow nasal cannula (>6 L/min), facemask, non-rebreather or Venturi mask',
      'positive-pressure': 'hypoxia requiring positive pressure (CPAP, BiPAP, intubation and mechanical ventilation)',
    },
    consciousness: {
      alert: 'alert',
      'awakens-spontaneously': 'depressed consciousness, awakens spontaneously',
      'awakens-to-voice': 'depressed consciousness, awakens to voice',
      'awakens-to-tactile': 'awakens only to tactile stimulus',
      unarousable: 'unarousable or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma',
    },
    seizure: {
      none: 'no seizure',
      'rapidly-resolving':
        'clinical seizure (focal or generalized) that resolves rapidly, or non-convulsive seizures on EEG that resolve with intervention',
      'life-threatening':
        'life-threatening prolonged seizure (>5 min), or repetitive seizures without return to baseline in between',
    },
    motorWeakness: {
      none: 'no motor findings',
      'deep-focal': 'deep focal motor weakness such as hemiparesis or paraparesis',
    },
    raisedIcp: {
      none: 'no raised ICP or cerebral edema',
      'focal-edema': 'focal/local edema on neuroimaging',
      'diffuse-edema-or-signs':
        "diffuse cerebral edema on neuroimaging, decerebrate or decorticate posturing, cranial nerve VI palsy, papilledema or Cushing's triad",
    },
  },
};

export type GradesMessages = typeof gradesEn;
