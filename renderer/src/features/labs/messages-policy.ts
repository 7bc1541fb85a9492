// The Settings section for the center's Ready-to-treat values; French below with the same keys.

export const policyEn = {
  intro:
    'Ready to treat on the chairside Assessment uses these values. The windows have no published number: until the center sets them, the lab lines say “unknown” and the dose is held for the prescriber. A limit left empty uses the shipped value shown under it.',
  windows: 'How recent the labs must be',
  limits: 'Values that hold a dose',
  preDoseMaxAgeHours: 'Labs “before each dose” may be drawn up to',
  preDoseUnit: 'hours before the dose',
  periodicMaxAgeDays: 'Labs asked for “periodically”: at least every',
  periodicUnit: 'days',
  notSet: 'Not set: no source gives a number; the lab lines say “unknown” until it is set.',
  askedBy: 'Asked for by the rules in these sources.',
  limit: {
    'uln-multiple': '{{analyte}}: hold above',
    'baseline-multiple': '{{analyte}}: hold above',
    above: '{{analyte}}: hold above',
    'steroid-mg-per-day': 'Corticosteroids (prednisone-equivalent): hold above',
  },
  unit: {
    'uln-multiple': '× ULN',
    'baseline-multiple': '× baseline',
    'steroid-mg-per-day': 'mg/day',
  },
  shipped: 'Shipped value: {{value}}. Leave empty to use it.',
  source: 'source',
  sourceRevised: 'revised {{date}}',
  sourceNoRevision: 'no revision date given',
  save: 'Save the Ready-to-treat values',
};

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
