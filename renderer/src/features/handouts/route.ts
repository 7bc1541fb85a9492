import { useHashRoute } from '../../components/useHashRoute';

// The app router only reads the first hash segment (#/handouts); the rest is this screen's:
// #/handouts (find a patient) and #/handouts/<patientId> (that patient preselected, e.g. from the day view).

function parse(hash: string): string | null {
  const [, id] = hash.replace(/^#\/?/, '').split('/');
  return id ? decodeURIComponent(id) : null;
}

export function useHandoutPatient(): string | null {
  return useHashRoute(parse);
}

export const handoutsHref = (patientId?: string) => `#/handouts${patientId ? `/${encodeURIComponent(patientId)}` : ''}`;
