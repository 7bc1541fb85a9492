import { useHashRoute } from '../../components/useHashRoute';

// #/labs (labs needed, find a patient) and #/labs/<patientId> (that patient's results).

function parse(hash: string): string | null {
  const [, id] = hash.replace(/^#\/?/, '').split('/');
  return id ? decodeURIComponent(id) : null;
}

export function useLabsPatient(): string | null {
  return useHashRoute(parse);
}

export const labsHref = (patientId?: string) => `#/labs${patientId ? `/${encodeURIComponent(patientId)}` : ''}`;
