import type { auditEn } from './messages.en';

export const auditFr: typeof auditEn = {
  title: 'Rapport d’audit',
  intro:
    'Qui a fait quoi, quand, à quel poste et pour quel patient. Les plus récents d’abord ; au plus 1 000 événements par recherche.',
  filters: 'Filtres',
  from: 'Du (date)',
  to: 'Au (date, incluse)',
  user: 'Utilisateur',
  allUsers: 'Tous les utilisateurs',
  patient: 'N° de dossier du patient contient',
  action: 'Action',
  allActions: 'Toutes les actions',
  clear: 'Effacer les filtres',
  shown: '{{shown}} événements affichés sur {{total}}',
  none: 'Aucun événement ne correspond à ces filtres.',
  pages: 'Pages de la piste d’audit',
  page: 'Page {{page}} sur {{pages}}',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  column: {
    atUtc: 'Quand',
    user: 'Utilisateur',
    workstation: 'Poste',
    patient: 'Patient',
    action: 'Action',
    object: 'Objet',
  },
  system: 'système',
  verify: 'Vérifier la chaîne d’audit',
  verifying: 'Vérification…',
  progress: '{{checked}} événements vérifiés sur {{total}}',
  intact:
    'Chaîne d’audit intacte : {{count}} événements vérifiés, {{entries}} entrées de dossier signées conformes à leur signature, {{checkpoints}} points de contrôle signés concordants.',
  broken:
    'Journal d’audit ROMPU : {{breaks}} problème(s) trouvé(s) dans {{count}} événements. Quelque chose a été modifié hors de Chairside. Prévenez l’informatique et laissez cet ordinateur tel quel.',
  legacyEntries:
    '{{count}} entrées signées avant cette version n’ont pas d’empreinte de contenu : leur texte ne peut pas être prouvé intact.',
  moreBreaks: '…et {{count}} autres.',
  checkFailed: 'La vérification n’a pas pu s’exécuter : {{message}}',
  print: 'Imprimer le rapport',
  break: {
    link: 'L’événement no {{id}} ne suit pas le précédent : des événements ont été supprimés, insérés ou réordonnés.',
    hash: 'L’événement no {{id}} a été modifié après son écriture.',
    downgrade: 'L’événement no {{id}} a été falsifié avec l’ancienne empreinte sans clé.',
    content: 'L’entrée signée {{id}} diffère de ce qui a été signé (ou a été supprimée).',
    'unsigned-entry':
      'L’entrée signée {{id}} n’a pas de signature dans le journal : elle a été ajoutée hors de Chairside.',
    checkpoint:
      'Point de contrôle {{id}} : sa signature ne correspond pas, ou des points de contrôle manquent dans le fichier.',
    truncated:
      'Le journal ne correspond plus à un point de contrôle signé à l’événement no {{id}} : des événements ont été supprimés ou réécrits.',
    protections: 'La protection {{id}} (un déclencheur de la base) manque ou a été modifiée.',
  },
  access: {
    title: 'Qui a consulté ce dossier',
    show: 'Afficher qui a lu ou modifié ce dossier',
    what: 'Quoi',
  },
  checkpoint: {
    title: 'Dernier point de contrôle signé',
    number: 'Point de contrôle',
    at: 'Pris le',
    count: 'Événements',
    events: '{{count}} (dernier événement no {{id}})',
    hash: 'Empreinte du dernier événement',
    key: 'Empreinte de la clé de signature',
    none: 'Aucun point de contrôle pour l’instant.',
    help: 'Imprimez cette page ou recopiez ces lignes hors de cet ordinateur : si des événements sont supprimés ou réécrits plus tard, le journal ne correspondra plus à ce point de contrôle.',
  },
  forbidden: 'Seules les infirmières-chefs et les administrateurs peuvent consulter le rapport d’audit.',
  failed: 'Le rapport d’audit n’a pas pu être chargé : {{message}}',
};
