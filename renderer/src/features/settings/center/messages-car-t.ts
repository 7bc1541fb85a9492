// Words for Settings › CAR T protocol. Mounted under `center.carT` in i18n/en.ts and i18n/fr.ts; the French
// object has the same keys (its type says so).

export const carTProtocolEn = {
  title: 'CAR T protocol of the center',
  intro:
    'The product labels give no chair time for a lymphodepletion day or for the cell-infusion visit: these are your center’s own protocol. A CAR T plan cannot be booked until they are set.',
  centerProtocol: 'Center protocol, not from the label',
  ldChairMinutes: 'Chair minutes for a lymphodepletion day',
  infusionChairMinutes: 'Chair minutes for the cell-infusion visit (day 0, and a later split dose)',
  monitoringVisitMinutes: 'Length of a monitoring visit (minutes)',
  monitoringDays: 'Daily monitoring visits after day 0 (days)',
  monitoringDaysHelp: 'Leave empty to follow the label: {{count}} days. Source: {{source}} ({{effective}}).',
  missing: 'Still needed before booking: {{fields}}.',
  ready: 'Ready: CAR T plans of this product can be booked.',
  updated: 'Last changed {{when}} by {{by}}.',
  save: 'Save {{product}}',
};

export const carTProtocolFr: typeof carTProtocolEn = {
  title: 'Protocole CAR T du centre',
  intro:
    'Les monographies ne donnent aucune durée au fauteuil pour un jour de lymphodéplétion ni pour la visite de perfusion des cellules : c’est le protocole propre à votre centre. Un plan CAR T ne peut pas être réservé avant qu’elles soient indiquées.',
  centerProtocol: 'Protocole du centre, pas la monographie',
  ldChairMinutes: 'Minutes au fauteuil pour un jour de lymphodéplétion',
  infusionChairMinutes:
    'Minutes au fauteuil pour la visite de perfusion des cellules (jour 0 et dose fractionnée suivante)',
  monitoringVisitMinutes: 'Durée d’une visite de surveillance (minutes)',
  monitoringDays: 'Visites de surveillance quotidiennes après le jour 0 (jours)',
  monitoringDaysHelp: 'Laissez vide pour suivre la monographie : {{count}} jours. Source : {{source}} ({{effective}}).',
  missing: 'Encore nécessaire avant de réserver : {{fields}}.',
  ready: 'Prêt : les plans CAR T de ce produit peuvent être réservés.',
  updated: 'Modifié le {{when}} par {{by}}.',
  save: 'Enregistrer {{product}}',
};
