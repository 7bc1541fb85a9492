import type { settingsEn } from './messages.en';

// French of messages.en.ts: the same keys (the type checks it).
export const settingsFr: typeof settingsEn = {
  title: 'Paramètres',
  general: 'Général',
  language: 'Langue',
  paperSize: 'Format du papier',
  paperSizeHelp:
    'Les fiches remises au patient, les rapports et la feuille de secours s’impriment sur ce format, dans les deux langues.',
  paper: { Letter: 'Lettre (Amérique du Nord, Québec compris)', A4: 'A4' },
  centerName: 'Nom du centre',
  centerPhone24h: 'Numéro joignable 24 h/24',
  centerPhone24hHelp: 'Imprimé sur chaque fiche patient et carte patient.',
  weightPolicy: {
    title: 'Doses selon le poids',
    intro:
      'Avant une dose calculée selon le poids, le poste au fauteuil demande un poids récent quand le dernier est plus ancien que ceci, ou renvoie la dose au prescripteur quand le poids s’écarte de celui du plan de plus que ceci.',
    maxAgeDays: 'Un poids reste récent pendant (jours)',
    days: 'jours',
    maxChangePercent: 'Écart par rapport au poids du plan qui demande le prescripteur (%)',
  },
  fhir: {
    title: 'Identifiants de l’export FHIR',
    intro:
      'Pour le service informatique de l’hôpital : l’export FHIR R4 (Rapports) désigne chaque patient par son n° de dossier sous ce système, et chaque ressource sous cette base. Les valeurs par défaut de Chairside finissent en .invalid et ne correspondent à aucun hôpital : définissez les deux avant un premier export.',
    mrnSystem: 'Système des n° de dossier (URI absolue)',
    mrnSystemHelp:
      'Patient.identifier.system, par exemple https://hopital.example/dossier ou urn:oid:… selon ce que l’hôpital attribue.',
    baseUrl: 'URL de base FHIR',
    baseUrlHelp:
      'Les entrées du Bundle sont nommées base/Type/id ; les extensions propres à Chairside sont sous cette base. Sans / final.',
  },
  labCodes: {
    title: 'Codes des analyses (LOINC)',
    intro:
      'Saisissez le code que votre laboratoire transmet pour cette analyse ; laissez-le vide pour exporter l’analyse par son nom seulement. L’export FHIR (Rapports) l’écrit avec chaque résultat de l’analyse.',
    test: 'Analyse',
    code: 'Code LOINC',
    codeFor: 'Code LOINC de {{test}}',
    save: 'Enregistrer les codes des analyses',
  },
  idleLockMinutes: 'Verrouillage après inactivité (minutes)',
  save: 'Enregistrer les paramètres',
  saved: 'Paramètres enregistrés à {{time}}',
  fixFields: 'Veuillez corriger les champs signalés ci-dessous.',
  menu: 'Sections des paramètres',
  readOnly:
    'Seuls une infirmière-chef ou un administrateur peuvent modifier ces paramètres. Vous pouvez les consulter ici.',
  sections: {
    center: 'Centre',
    chairs: 'Fauteuils et lits',
    hours: 'Horaires et fermetures',
    staff: 'Personnel et comptes',
    limits: 'Limites',
    library: 'Protocoles du centre',
    ready: 'Prêt à traiter',
    backups: 'Sauvegardes',
    'car-t': 'Protocole CAR T',
    database: 'Base de données du centre',
  },
};
