import type { CarTProtocolWords } from './messages-car-t.en';

// French of messages-car-t.en.ts.
export const carTProtocolFr: CarTProtocolWords = {
  title: 'Protocole CAR T du centre',
  intro:
    'Les monographies ne donnent aucune durée au fauteuil pour un jour de lymphodéplétion ni pour la visite de perfusion des cellules : c’est le protocole propre à votre centre. Un plan CAR T ne peut pas être réservé avant qu’elles soient indiquées.',
  centerProtocol: 'Protocole du centre, pas la monographie',
  ldChairMinutes: 'Minutes au fauteuil pour un jour de lymphodéplétion',
  infusionChairMinutes:
    'Minutes au fauteuil pour la visite de perfusion des cellules (jour 0 et dose fractionnée suivante)',
  monitoringVisitMinutes: 'Durée d’une visite de surveillance (minutes)',
  monitoringDays: 'Visites de surveillance quotidiennes après le jour 0 (jours)',
  monitoringDaysHelp: 'Laissez vide pour suivre la monographie : {{count}} jours.',
  missing: 'Encore nécessaire avant de réserver : {{fields}}.',
  ready: 'Prêt : les plans CAR T de ce produit peuvent être réservés.',
  updated: 'Modifié le {{when}} par {{by}}.',
  save: 'Enregistrer {{product}}',
};
