import { useEffect, useState } from 'react';

// The app router only reads the first hash segment (#/schedule); the rest is this screen's:
// #/schedule (today), #/schedule/2026-11-30 (a day), #/schedule/plans, #/schedule/plans/<patientId>.
// #/schedule/pharmacy/2026-11-30 (the pharmacy list of a day).
export type ScheduleView =
  | { kind: 'day'; date: string | null }
  | { kind: 'plans'; patientId: string | null }
  | { kind: 'pharmacy'; date: string | null };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(hash: string): ScheduleView {
  const [, first, second] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'plans') return { kind: 'plans', patientId: second ? decodeURIComponent(second) : null };
  if (first === 'pharmacy') return { kind: 'pharmacy', date: second && ISO_DATE.test(second) ? second : null };
  return { kind: 'day', date: first && ISO_DATE.test(first) ? first : null };
}

export function useScheduleView(): ScheduleView {
  const [view, setView] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setView(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}

export const dayHref = (date: string) => `#/schedule/${date}`;
export const plansHref = (patientId?: string) =>
  `#/schedule/plans${patientId ? `/${encodeURIComponent(patientId)}` : ''}`;
export const pharmacyHref = (date: string) => `#/schedule/pharmacy/${date}`;
