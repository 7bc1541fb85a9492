import type { SymptomScreenWords } from './symptom-screen';

// The immune-related symptom screen's words in English, with their source: the Keytruda Medication Guide's
// "call right away" symptoms, paraphrased by organ (https://www.keytruda.com/getting-started/side-effects/).
// The French (messages-symptoms.fr.ts) translates this wording; it adds nothing. Mounted under
// `chairside.symptomScreen`; which items exist is shared/charting/symptom-screen.ts (what answers are stored under).

export const symptomScreenEn = {
  source: 'Keytruda Medication Guide "call right away" symptoms, paraphrased by organ',
  organ: {
    lungs: {
      name: 'Lungs',
      item: {
        cough: 'New or worse cough',
        breath: 'Shortness of breath',
        'chest-pain': 'Chest pain',
      },
    },
    gut: {
      name: 'Intestines',
      item: {
        diarrhea: 'Diarrhea or more bowel movements than usual',
        'stool-blood': 'Black, tarry, sticky stools or stools with blood or mucus',
        'abdominal-pain': 'Severe stomach-area pain or tenderness',
      },
    },
    liver: {
      name: 'Liver',
      item: {
        jaundice: 'Yellow skin or whites of the eyes',
        nausea: 'Severe nausea or vomiting',
        'right-pain': 'Pain on the right side of the stomach area',
        'dark-urine': 'Dark (tea-coloured) urine',
        bruising: 'Bleeding or bruising more easily',
      },
    },
    hormones: {
      name: 'Hormone glands',
      item: {
        headache: 'Headaches that will not go away or are unusual',
        light: 'Eye sensitivity to light',
        eyes: 'Eye problems',
        heartbeat: 'Fast heartbeat',
        sweating: 'More sweating',
        tiredness: 'Extreme tiredness',
        weight: 'Weight gain or loss',
        'hunger-thirst': 'More hungry or thirsty than usual',
        urination: 'Urinating more often',
        'hair-loss': 'Hair loss',
        cold: 'Feeling cold',
        constipation: 'Constipation',
        voice: 'Deeper voice',
        dizziness: 'Dizziness or fainting',
        mood: 'Changes in mood or behaviour (low sex drive, irritability, forgetfulness)',
      },
    },
    kidneys: {
      name: 'Kidneys',
      item: {
        'less-urine': 'Less urine',
        'blood-urine': 'Blood in the urine',
        ankles: 'Ankle swelling',
        appetite: 'Loss of appetite',
      },
    },
    skin: {
      name: 'Skin',
      item: {
        rash: 'Rash',
        itching: 'Itching',
        blistering: 'Blistering or peeling',
        sores: 'Painful sores in the mouth, nose, throat or genital area',
        fever: 'Fever or flu-like symptoms',
        'lymph-nodes': 'Swollen lymph nodes',
      },
    },
  },
} satisfies SymptomScreenWords;
