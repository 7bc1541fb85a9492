import { useEffect, useState } from 'react';

// The app router only reads the first hash segment (#/handouts); the rest is this screen's:
// #/handouts (find a patient) and #/handouts/<patientId> (that patient preselected, e.g. from the day view).

function parse(hash: string): string | null {
  const [, id] = hash.replace(/^#\/?/, '').split('/');
  return id ? decodeURIComponent(id) : null;
}

export function useHandoutPatient(): string | null {
  const [patientId, setPatientId] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setPatientId(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return patientId;
}

export const handoutsHref = (patientId?: string) => `#/handouts${patientId ? `/${encodeURIComponent(patientId)}` : ''}`;
