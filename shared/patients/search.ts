import { foldText } from '../text/fold';

// Search keys stored beside each patient so that search-as-you-type never has to fold accents or case at
// query time: "Lefèvre", "LEFEVRE" and "lefevre" all become "lefevre"; MRNs keep letters and digits only.

/** Lower-case, accent-free, single-spaced text for substring matching of names (the app's one fold). */
export const normaliseSearchText = foldText;

/** Upper-case letters and digits only, so "demo-000123", "DEMO 000123" and "DEMO000123" match alike. */
export function normaliseMrn(mrn: string): string {
  return mrn.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The name key: family name first, as nurses read and sort names. */
export function patientSearchName(familyName: string, givenName: string): string {
  return normaliseSearchText(`${familyName} ${givenName}`);
}
