import { useHashRoute } from '../../components/useHashRoute';

// The app router reads only #/chairside; the rest of the hash is this screen's:
// #/chairside                              today's visits and CAR T patients in monitoring
// #/chairside/visit/<appointmentId>/<tab>  one visit (check-in, assessment, administration, …)
// #/chairside/patient/<patientId>/<tab>    a patient without a visit today (CAR T monitoring, side effects)

export const VISIT_TABS = [
  'check-in',
  'assessment',
  'administration',
  'reaction',
  'side-effects',
  'car-t',
  'history',
] as const;
export type VisitTab = (typeof VISIT_TABS)[number];
export const PATIENT_TABS = ['car-t', 'side-effects', 'history'] as const satisfies readonly VisitTab[];

export type ChairsideView =
  | { kind: 'picker' }
  | { kind: 'visit'; appointmentId: string; tab: VisitTab }
  | { kind: 'patient'; patientId: string; tab: VisitTab };

const asTab = (value: string | undefined, fallback: VisitTab): VisitTab =>
  (VISIT_TABS as readonly string[]).includes(value ?? '') ? (value as VisitTab) : fallback;

function parse(hash: string): ChairsideView {
  const [, kind, id, tab] = hash.replace(/^#\/?/, '').split('/');
  if (kind === 'visit' && id) return { kind, appointmentId: decodeURIComponent(id), tab: asTab(tab, 'check-in') };
  if (kind === 'patient' && id) return { kind, patientId: decodeURIComponent(id), tab: asTab(tab, 'car-t') };
  return { kind: 'picker' };
}

export function useChairsideView(): ChairsideView {
  return useHashRoute(parse);
}

export const chairsideHref = () => '#/chairside';
export const visitHref = (appointmentId: string, tab: VisitTab = 'check-in') =>
  `#/chairside/visit/${encodeURIComponent(appointmentId)}/${tab}`;
export const patientHref = (patientId: string, tab: VisitTab = 'car-t') =>
  `#/chairside/patient/${encodeURIComponent(patientId)}/${tab}`;
