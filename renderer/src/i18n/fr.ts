import type { Messages } from './en';

export const fr: Messages = {
  app: {
    name: 'Chairside',
    skipToContent: 'Aller au contenu principal',
    mainNavigation: 'Navigation principale',
    version: 'Version {{version}}',
    database: 'Base de données : {{path}}',
    loading: 'Chargement…',
    coming: 'Bientôt disponible',
    comingBody: 'Cette partie de Chairside est en cours de construction. {{what}}',
  },
  nav: {
    schedule: 'Planning',
    patients: 'Patients',
    chairside: 'Au fauteuil',
    handouts: 'Fiches patient',
    library: 'Bibliothèque',
    settings: 'Paramètres',
  },
  placeholder: {
    schedule: 'La vue du jour des fauteuils et des horaires, les réservations et les changements apparaîtront ici.',
    patients: 'Les dossiers patients, la recherche et les plans de traitement apparaîtront ici.',
    chairside:
      "La vérification d'identité, l'évaluation, l'administration et la saisie des réactions apparaîtront ici.",
    handouts: 'Les fiches d’information à emporter et les cartes patient apparaîtront ici.',
    library: 'Les médicaments, protocoles, produits CAR T et termes CTCAE avec leurs sources apparaîtront ici.',
  },
  settings: {
    title: 'Paramètres',
    general: 'Général',
    language: 'Langue',
    centerName: 'Nom du centre',
    centerPhone24h: 'Numéro joignable 24 h/24',
    centerPhone24hHelp: 'Imprimé sur chaque fiche patient et carte patient.',
    idleLockMinutes: 'Verrouillage après inactivité (minutes)',
    save: 'Enregistrer les paramètres',
    saved: 'Paramètres enregistrés à {{time}}',
    fixFields: 'Veuillez corriger les champs signalés ci-dessous.',
  },
  status: {
    ok: 'OK',
    error: 'Erreur',
  },
};
