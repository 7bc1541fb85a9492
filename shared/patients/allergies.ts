// What the allergy field says, for the banner: nothing yet (ask the patient), no known allergies (neutral), or
// allergies (a warning). Only the whole field written as one of the usual "no known allergies" phrases, in
// English or French, counts as none: "No known allergies except penicillin" or "None?" stays a warning, because
// a real allergy shown as neutral is the error that hurts.

export type AllergyStatus = 'not-recorded' | 'none-known' | 'recorded';

const NONE_KNOWN = new Set([
  'no known allergies',
  'no known allergy',
  'no known drug allergies',
  'no known drug allergy',
  'nka',
  'nkda',
  'aucune allergie connue',
  'aucune allergie medicamenteuse connue',
  "pas d'allergie connue",
  "pas d'allergies connues",
]);

/** Lower case, no accents, one kind of apostrophe, single spaces, no final full stop. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .trim();
}

export function allergyStatus(allergies: string | null): AllergyStatus {
  if (allergies === null || allergies.trim() === '') return 'not-recorded';
  return NONE_KNOWN.has(normalise(allergies)) ? 'none-known' : 'recorded';
}
