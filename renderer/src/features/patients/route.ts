import { useHashRoute } from '../../components/useHashRoute';

export type PatientView =
  { kind: 'search' } | { kind: 'new' } | { kind: 'show'; id: string } | { kind: 'edit'; id: string };

// The app router only looks at the first hash segment (#/patients); the rest belongs to this screen:
// #/patients/new, #/patients/<id>, #/patients/<id>/edit.
function parse(hash: string): PatientView {
  const [, id, action] = hash.replace(/^#\/?/, '').split('/');
  if (!id) return { kind: 'search' };
  if (id === 'new') return { kind: 'new' };
  const safeId = decodeURIComponent(id);
  return action === 'edit' ? { kind: 'edit', id: safeId } : { kind: 'show', id: safeId };
}

export function usePatientView(): PatientView {
  return useHashRoute(parse);
}

export const patientHref = (id: string, action?: 'edit') =>
  `#/patients/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
