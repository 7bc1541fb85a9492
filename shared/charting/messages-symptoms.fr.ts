import type { symptomScreenEn } from './messages-symptoms.en';

// The symptom screen's words in French: a translation of the English wording and its source (messages-symptoms.en.ts,
// Keytruda Medication Guide, https://www.keytruda.com/getting-started/side-effects/), not new content.

export const symptomScreenFr: typeof symptomScreenEn = {
  source: 'Symptômes « appelez immédiatement » du Guide du médicament Keytruda, reformulés par organe',
  organ: {
    lungs: {
      name: 'Poumons',
      item: {
        cough: 'Toux nouvelle ou aggravée',
        breath: 'Essoufflement',
        'chest-pain': 'Douleur thoracique',
      },
    },
    gut: {
      name: 'Intestins',
      item: {
        diarrhea: 'Diarrhée ou selles plus fréquentes que d’habitude',
        'stool-blood': 'Selles noires, goudronneuses, collantes, ou avec du sang ou du mucus',
        'abdominal-pain': 'Douleur ou sensibilité abdominale sévère',
      },
    },
    liver: {
      name: 'Foie',
      item: {
        jaundice: 'Peau ou blanc des yeux jaunes',
        nausea: 'Nausées ou vomissements sévères',
        'right-pain': 'Douleur du côté droit de l’abdomen',
        'dark-urine': 'Urine foncée (couleur thé)',
        bruising: 'Saignements ou bleus plus faciles',
      },
    },
    hormones: {
      name: 'Glandes hormonales',
      item: {
        headache: 'Maux de tête persistants ou inhabituels',
        light: 'Sensibilité des yeux à la lumière',
        eyes: 'Problèmes aux yeux',
        heartbeat: 'Battements de cœur rapides',
        sweating: 'Transpiration accrue',
        tiredness: 'Fatigue extrême',
        weight: 'Prise ou perte de poids',
        'hunger-thirst': 'Plus de faim ou de soif que d’habitude',
        urination: 'Envie d’uriner plus fréquente',
        'hair-loss': 'Perte de cheveux',
        cold: 'Sensation de froid',
        constipation: 'Constipation',
        voice: 'Voix plus grave',
        dizziness: 'Étourdissements ou évanouissements',
        mood: 'Changements d’humeur ou de comportement (baisse de la libido, irritabilité, oublis)',
      },
    },
    kidneys: {
      name: 'Reins',
      item: {
        'less-urine': 'Moins d’urine',
        'blood-urine': 'Sang dans les urines',
        ankles: 'Chevilles enflées',
        appetite: 'Perte d’appétit',
      },
    },
    skin: {
      name: 'Peau',
      item: {
        rash: 'Éruption cutanée',
        itching: 'Démangeaisons',
        blistering: 'Cloques ou peau qui pèle',
        sores: 'Plaies douloureuses dans la bouche, le nez, la gorge ou la région génitale',
        fever: 'Fièvre ou symptômes grippaux',
        'lymph-nodes': 'Ganglions enflés',
      },
    },
  },
};
