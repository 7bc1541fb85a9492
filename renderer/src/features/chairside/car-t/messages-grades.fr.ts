import type { GradesMessages } from './messages-grades.en';

// French of messages-grades.en.ts: the same keys (the type checks it); the findings say what the form's French
// choices say (messages-clinical.fr.ts), the ASTCT 2019 consensus translated, not rewritten.

export const gradesFr: GradesMessages = {
  noFever: 'Pas de SRC selon l’ASTCT : une fièvre ≥ 38 °C est requise.',
  noFeverPremedication:
    'Pas de SRC selon l’ASTCT : une fièvre ≥ 38 °C est requise (la prémédication habituelle ne la remplace pas).',
  noneAfterTherapy: 'Ni fièvre, ni hypotension, ni hypoxie après un traitement qui supprime la fièvre.',
  fever: 'fièvre {{temperature}} °C',
  feverWaived: 'fièvre non requise après un antipyrétique ou un traitement anticytokine donné pour le SRC',
  feverNotEntered: 'aucune température saisie',
  crsGrade1: 'Grade 1 : {{fever}}, sans hypotension ni hypoxie.',
  crsOrgan:
    'Grade {{grade}} : {{fever}} ; {{finding}}. Le plus sévère de l’hypotension (grade {{hypotension}}) et de l’hypoxie (grade {{hypoxia}}) décide.',
  icansNoneICE: 'Pas d’ICANS : ICE 10, alerte, ni crise convulsive, ni signe moteur, ni hypertension intracrânienne.',
  icansNoneCAPD:
    'Pas d’ICANS : CAPD inférieure à 9, alerte, ni crise convulsive, ni signe moteur, ni hypertension intracrânienne.',
  icans: 'Grade {{grade}} : {{findings}}. Le domaine le plus sévère décide.',
  notEntered: 'Non saisi (ne peut pas changer ce grade) : {{fields}}.',
  iceNone: 'ICE 10 (pas d’atteinte)',
  ice: 'ICE {{ice}} ({{range}})',
  capdUnable: 'CAPD impossible à réaliser',
  capdHigh: 'CAPD {{capd}} (9 ou plus)',
  capdLow: 'CAPD {{capd}} (moins de 9)',
  finding: {
    hypotension: {
      none: 'pas d’hypotension',
      fluids: 'hypotension sans vasopresseur (répond aux solutés)',
      'one-vasopressor': 'hypotension nécessitant un vasopresseur (avec ou sans vasopressine)',
      'multiple-vasopressors': 'hypotension nécessitant plusieurs vasopresseurs (hors vasopressine)',
    },
    hypoxia: {
      none: 'pas d’hypoxie',
      'low-flow': 'hypoxie nécessitant des lunettes à bas débit (≤ 6 L/min) ou un « blow-by »',
      'high-flow':
        'hypoxie nécessitant des lunettes à haut débit (> 6 L/min), un masque facial, un masque sans réinspiration ou un Venturi',
      'positive-pressure':
        'hypoxie nécessitant une pression positive (CPAP, BiPAP, intubation et ventilation mécanique)',
    },
    consciousness: {
      alert: 'alerte',
      'awakens-spontaneously': 'conscience diminuée, s’éveille spontanément',
      'awakens-to-voice': 'conscience diminuée, s’éveille à la voix',
      'awakens-to-tactile': 's’éveille seulement au toucher',
      unarousable: 'non éveillable, ou stimulations vigoureuses ou répétées nécessaires ; stupeur ou coma',
    },
    seizure: {
      none: 'pas de crise convulsive',
      'rapidly-resolving':
        'crise clinique (focale ou généralisée) qui se résout rapidement, ou crises non convulsives à l’EEG résolues par une intervention',
      'life-threatening':
        'crise prolongée menaçant le pronostic vital (> 5 min), ou crises répétées sans retour à l’état de base entre elles',
    },
    motorWeakness: {
      none: 'pas de signe moteur',
      'deep-focal': 'faiblesse motrice focale profonde, comme une hémiparésie ou une paraparésie',
    },
    raisedIcp: {
      none: 'pas d’hypertension intracrânienne ni d’œdème cérébral',
      'focal-edema': 'œdème focal ou local à l’imagerie',
      'diffuse-edema-or-signs':
        'œdème cérébral diffus à l’imagerie, posture de décérébration ou de décortication, paralysie du VI, œdème papillaire ou triade de Cushing',
    },
  },
};
