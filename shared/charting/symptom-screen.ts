// The immune-related symptom screen asked before each checkpoint-inhibitor dose, one yes/no per item,
// grouped by organ. The wording is the Keytruda Medication Guide's "call right away" symptoms (
// wording paraphrased by organ); the French is a translation of that wording, not new content.

export const SYMPTOM_SCREEN_SOURCE = {
  title: 'Keytruda Medication Guide "call right away" symptoms, paraphrased by organ',
  urls: ['https://www.keytruda.com/getting-started/side-effects/'],
} as const;

export const ORGAN_SYSTEMS = ['lungs', 'gut', 'liver', 'hormones', 'kidneys', 'skin'] as const;
export type OrganSystem = (typeof ORGAN_SYSTEMS)[number];

export interface ScreenItem {
  id: string;
  organ: OrganSystem;
  en: string;
  fr: string;
}

const item = (organ: OrganSystem, id: string, en: string, fr: string): ScreenItem => ({ id, organ, en, fr });

export const ORGAN_NAMES: Record<OrganSystem, { en: string; fr: string }> = {
  lungs: { en: 'Lungs', fr: 'Poumons' },
  gut: { en: 'Intestines', fr: 'Intestins' },
  liver: { en: 'Liver', fr: 'Foie' },
  hormones: { en: 'Hormone glands', fr: 'Glandes hormonales' },
  kidneys: { en: 'Kidneys', fr: 'Reins' },
  skin: { en: 'Skin', fr: 'Peau' },
};

export const SYMPTOM_SCREEN: readonly ScreenItem[] = [
  item('lungs', 'cough', 'New or worse cough', 'Toux nouvelle ou aggravée'),
  item('lungs', 'breath', 'Shortness of breath', 'Essoufflement'),
  item('lungs', 'chest-pain', 'Chest pain', 'Douleur thoracique'),
  item(
    'gut',
    'diarrhea',
    'Diarrhea or more bowel movements than usual',
    'Diarrhée ou selles plus fréquentes que d’habitude',
  ),
  item(
    'gut',
    'stool-blood',
    'Black, tarry, sticky stools or stools with blood or mucus',
    'Selles noires, goudronneuses, collantes, ou avec du sang ou du mucus',
  ),
  item('gut', 'abdominal-pain', 'Severe stomach-area pain or tenderness', 'Douleur ou sensibilité abdominale sévère'),
  item('liver', 'jaundice', 'Yellow skin or whites of the eyes', 'Peau ou blanc des yeux jaunes'),
  item('liver', 'nausea', 'Severe nausea or vomiting', 'Nausées ou vomissements sévères'),
  item('liver', 'right-pain', 'Pain on the right side of the stomach area', 'Douleur du côté droit de l’abdomen'),
  item('liver', 'dark-urine', 'Dark (tea-coloured) urine', 'Urine foncée (couleur thé)'),
  item('liver', 'bruising', 'Bleeding or bruising more easily', 'Saignements ou bleus plus faciles'),
  item(
    'hormones',
    'headache',
    'Headaches that will not go away or are unusual',
    'Maux de tête persistants ou inhabituels',
  ),
  item('hormones', 'light', 'Eye sensitivity to light', 'Sensibilité des yeux à la lumière'),
  item('hormones', 'eyes', 'Eye problems', 'Problèmes aux yeux'),
  item('hormones', 'heartbeat', 'Fast heartbeat', 'Battements de cœur rapides'),
  item('hormones', 'sweating', 'More sweating', 'Transpiration accrue'),
  item('hormones', 'tiredness', 'Extreme tiredness', 'Fatigue extrême'),
  item('hormones', 'weight', 'Weight gain or loss', 'Prise ou perte de poids'),
  item('hormones', 'hunger-thirst', 'More hungry or thirsty than usual', 'Plus de faim ou de soif que d’habitude'),
  item('hormones', 'urination', 'Urinating more often', 'Envie d’uriner plus fréquente'),
  item('hormones', 'hair-loss', 'Hair loss', 'Perte de cheveux'),
  item('hormones', 'cold', 'Feeling cold', 'Sensation de froid'),
  item('hormones', 'constipation', 'Constipation', 'Constipation'),
  item('hormones', 'voice', 'Deeper voice', 'Voix plus grave'),
  item('hormones', 'dizziness', 'Dizziness or fainting', 'Étourdissements ou évanouissements'),
  item(
    'hormones',
    'mood',
    'Changes in mood or behaviour (low sex drive, irritability, forgetfulness)',
    'Changements d’humeur ou de comportement (baisse de la libido, irritabilité, oublis)',
  ),
  item('kidneys', 'less-urine', 'Less urine', 'Moins d’urine'),
  item('kidneys', 'blood-urine', 'Blood in the urine', 'Sang dans les urines'),
  item('kidneys', 'ankles', 'Ankle swelling', 'Chevilles enflées'),
  item('kidneys', 'appetite', 'Loss of appetite', 'Perte d’appétit'),
  item('skin', 'rash', 'Rash', 'Éruption cutanée'),
  item('skin', 'itching', 'Itching', 'Démangeaisons'),
  item('skin', 'blistering', 'Blistering or peeling', 'Cloques ou peau qui pèle'),
  item(
    'skin',
    'sores',
    'Painful sores in the mouth, nose, throat or genital area',
    'Plaies douloureuses dans la bouche, le nez, la gorge ou la région génitale',
  ),
  item('skin', 'fever', 'Fever or flu-like symptoms', 'Fièvre ou symptômes grippaux'),
  item('skin', 'lymph-nodes', 'Swollen lymph nodes', 'Ganglions enflés'),
];

/** "lungs.cough": the key each answer is stored under. */
export const screenKey = (i: ScreenItem): string => `${i.organ}.${i.id}`;
export const SCREEN_KEYS: readonly string[] = SYMPTOM_SCREEN.map(screenKey);
