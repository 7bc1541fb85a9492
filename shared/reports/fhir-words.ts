import type { Locale } from '../ipc/schemas';

// The Reports screen's FHIR export words, in English and French (apart from reports' words.ts, which the
// printed report also reads).

export const fhirWordsEn = {
  title: 'FHIR R4 export for the hospital’s systems',
  intro:
    'Patients, appointments, plans and orders, administrations with their double check, reactions and side effects, vital signs, labs and handouts given, for the range above: as a Bulk Data set (a manifest and one NDJSON file per resource type, written beside it) or as one Bundle file.',
  identifiers:
    'Patient MRNs are written under the system set in Settings (Center, FHIR export identifiers): the hospital’s IT must set it, and the FHIR base, before a first export.',
  notSet: 'The FHIR identifiers are still Chairside’s placeholders: ask IT to set them in Settings first.',
  scope: 'Whose records',
  wholeCenter: 'Every patient of the range',
  onePatient: 'One patient',
  search: 'Find the patient (name or MRN)',
  chosen: 'Exporting {{name}} ({{mrn}}).',
  choose: 'Choose a patient in the list first.',
  wholeHistory: 'Every date: the patient’s whole history, not only the range above',
  ndjson: 'Bulk Data set (NDJSON)…',
  bundle: 'One Bundle (JSON)…',
  saved: 'Saved {{file}} ({{rows}} resources).',
};
export type FhirWords = typeof fhirWordsEn;

export const fhirWordsFr: FhirWords = {
  title: 'Export FHIR R4 pour les systèmes de l’hôpital',
  intro:
    'Patients, rendez-vous, plans et ordonnances, administrations avec leur double vérification, réactions et effets indésirables, signes vitaux, bilans et fiches remises, pour la période ci-dessus : en lot Bulk Data (un manifeste et un fichier NDJSON par type de ressource, écrits à côté) ou en un seul fichier Bundle.',
  identifiers:
    'Les numéros de dossier sont écrits sous le système défini dans Paramètres (Centre, identifiants de l’export FHIR) : le service informatique de l’hôpital doit le définir, ainsi que la base FHIR, avant un premier export.',
  notSet:
    'Les identifiants FHIR sont encore ceux fournis par défaut par Chairside : demandez au service informatique de les définir d’abord dans les Paramètres.',
  scope: 'Dossiers de qui',
  wholeCenter: 'Tous les patients de la période',
  onePatient: 'Un seul patient',
  search: 'Trouver le patient (nom ou n° de dossier)',
  chosen: 'Export de {{name}} ({{mrn}}).',
  choose: 'Choisissez d’abord un patient dans la liste.',
  wholeHistory: 'Toutes les dates : tout le dossier du patient, pas seulement la période ci-dessus',
  ndjson: 'Lot Bulk Data (NDJSON)…',
  bundle: 'Un seul Bundle (JSON)…',
  saved: '{{file}} enregistré ({{rows}} ressources).',
};

export const FHIR_WORDS: Record<Locale, FhirWords> = { en: fhirWordsEn, fr: fhirWordsFr };

/** The settings' defaults: under the reserved .invalid domain, so an export before IT set them is visibly unset. */
export const FHIR_PLACEHOLDER_HOST = 'chairside.invalid';
