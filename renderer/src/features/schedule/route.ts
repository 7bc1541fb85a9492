import { useHashRoute } from '../../components/useHashRoute';

// The app router only reads the first hash segment (#/schedule); the rest is this screen's:
// #/schedule (today), #/schedule/2026-11-30 (a day), #/schedule/plans, #/schedule/plans/<patientId>.
// #/schedule/pharmacy/2026-11-30 (the pharmacy list of a day), #/schedule/nurses/2026-11-30 (the nurse board),
// #/schedule/tighten/2026-12-02 (the charge nurse's re-plan of a coming day).
export type ScheduleView =
  | { kind: 'day'; date: string | null }
  | { kind: 'plans'; patientId: string | null }
  | { kind: 'pharmacy'; date: string | null }
  | { kind: 'nurses'; date: string | null }
  | { kind: 'tighten'; date: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(hash: string): ScheduleView {
  const [, first, second] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'plans') return { kind: 'plans', patientId: second ? decodeURIComponent(second) : null };
  if (first === 'pharmacy') return { kind: 'pharmacy', date: second && ISO_DATE.test(second) ? second : null };
  if (first === 'nurses') return { kind: 'nurses', date: second && ISO_DATE.test(second) ? second : null };
  if (first === 'tighten' && second && ISO_DATE.test(second)) return { kind: 'tighten', date: second };
  return { kind: 'day', date: first && ISO_DATE.test(first) ? first : null };
}

export function useScheduleView(): ScheduleView {
  return useHashRoute(parse);
}

export const dayHref = (date: string) => `#/schedule/${date}`;
export const plansHref = (patientId?: string) =>
  `#/schedule/plans${patientId ? `/${encodeURIComponent(patientId)}` : ''}`;
export const pharmacyHref = (date: string) => `#/schedule/pharmacy/${date}`;
export const nursesHref = (date: string) => `#/schedule/nurses/${date}`;
export const tightenHref = (date: string) => `#/schedule/tighten/${date}`;
