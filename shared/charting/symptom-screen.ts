// The immune-related symptom screen asked before each checkpoint-inhibitor dose, one yes/no per item,
// grouped by organ: which items there are, and the key each answer is stored under. Their words, with their
// source (the Keytruda Medication Guide's "call right away" symptoms), are in messages-symptoms.en.ts / .fr.ts.

export const SYMPTOM_SCREEN_SOURCE = {
  urls: ['https://www.keytruda.com/getting-started/side-effects/'],
} as const;

export const ORGAN_SYSTEMS = ['lungs', 'gut', 'liver', 'hormones', 'kidneys', 'skin'] as const;
export type OrganSystem = (typeof ORGAN_SYSTEMS)[number];

/** The items of each organ, in the order they are asked. */
export const SCREEN_ITEMS = {
  lungs: ['cough', 'breath', 'chest-pain'],
  gut: ['diarrhea', 'stool-blood', 'abdominal-pain'],
  liver: ['jaundice', 'nausea', 'right-pain', 'dark-urine', 'bruising'],
  hormones: [
    'headache',
    'light',
    'eyes',
    'heartbeat',
    'sweating',
    'tiredness',
    'weight',
    'hunger-thirst',
    'urination',
    'hair-loss',
    'cold',
    'constipation',
    'voice',
    'dizziness',
    'mood',
  ],
  kidneys: ['less-urine', 'blood-urine', 'ankles', 'appetite'],
  skin: ['rash', 'itching', 'blistering', 'sores', 'fever', 'lymph-nodes'],
} as const satisfies Record<OrganSystem, readonly string[]>;

export interface ScreenItem {
  id: string;
  organ: OrganSystem;
}

/** The words every language gives the screen: its source, each organ's name and each item (checked by tsc). */
export interface SymptomScreenWords {
  source: string;
  organ: { [O in OrganSystem]: { name: string; item: Record<(typeof SCREEN_ITEMS)[O][number], string> } };
}

export const SYMPTOM_SCREEN: readonly ScreenItem[] = ORGAN_SYSTEMS.flatMap((organ) =>
  SCREEN_ITEMS[organ].map((id) => ({ id, organ })),
);

/** "lungs.cough": the key each answer is stored under. */
export const screenKey = (i: ScreenItem): string => `${i.organ}.${i.id}`;
export const SCREEN_KEYS: readonly string[] = SYMPTOM_SCREEN.map(screenKey);
