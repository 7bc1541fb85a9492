import type { policyEn } from './messages-policy.en';

export const policyFr: typeof policyEn = {
  intro:
    'Ces valeurs servent au bilan « Prêt à traiter » de l’évaluation au fauteuil. Les délais n’ont pas de chiffre publié : tant que le centre ne les a pas fixés, les lignes de biologie disent « inconnu » et la dose est suspendue pour le prescripteur. Une limite laissée vide reprend la valeur livrée indiquée dessous.',
  windows: 'Ancienneté maximale des bilans',
  limits: 'Valeurs qui suspendent une dose',
  preDoseMaxAgeHours: 'Bilans « avant chaque dose » : prélevés au plus tôt',
  preDoseUnit: 'heures avant la dose',
  periodicMaxAgeDays: 'Bilans demandés « périodiquement » : au moins tous les',
  periodicUnit: 'jours',
  notSet:
    'Non fixé : aucune source ne donne de chiffre ; les lignes de biologie disent « inconnu » tant qu’il ne l’est pas.',
  askedBy: 'Demandé par les règles de ces sources.',
  limit: {
    'uln-multiple': '{{analyte}} : suspendre au-dessus de',
    'baseline-multiple': '{{analyte}} : suspendre au-dessus de',
    above: '{{analyte}} : suspendre au-dessus de',
    'steroid-mg-per-day': 'Corticoïdes (équivalent prednisone) : suspendre au-dessus de',
  },
  unit: {
    'uln-multiple': '× LSN',
    'baseline-multiple': '× valeur de base',
    'steroid-mg-per-day': 'mg/jour',
  },
  shipped: 'Valeur livrée : {{value}}. Laisser vide pour la garder.',
  source: 'source',
  sourceRevised: 'révisée en {{date}}',
  sourceNoRevision: 'sans date de révision',
  save: 'Enregistrer les valeurs « Prêt à traiter »',
};
