// Words for Settings › CAR T protocol. Mounted under `center.carT`; French in messages-car-t.fr.ts with the
// same keys (its type says so).

export const carTProtocolEn = {
  title: 'CAR T protocol of the center',
  intro:
    'The product labels give no chair time for a lymphodepletion day or for the cell-infusion visit: these are your center’s own protocol. A CAR T plan cannot be booked until they are set.',
  centerProtocol: 'Center protocol, not from the label',
  ldChairMinutes: 'Chair minutes for a lymphodepletion day',
  infusionChairMinutes: 'Chair minutes for the cell-infusion visit (day 0, and a later split dose)',
  monitoringVisitMinutes: 'Length of a monitoring visit (minutes)',
  monitoringDays: 'Daily monitoring visits after day 0 (days)',
  monitoringDaysHelp: 'Leave empty to follow the label: {{count}} days.',
  missing: 'Still needed before booking: {{fields}}.',
  ready: 'Ready: CAR T plans of this product can be booked.',
  updated: 'Last changed {{when}} by {{by}}.',
  save: 'Save {{product}}',
};
export type CarTProtocolWords = typeof carTProtocolEn;
