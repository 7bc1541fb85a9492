import { useEffect, useState } from 'react';

// #/labs (labs needed, find a patient) and #/labs/<patientId> (that patient's results).

function parse(hash: string): string | null {
  const [, id] = hash.replace(/^#\/?/, '').split('/');
  return id ? decodeURIComponent(id) : null;
}

export function useLabsPatient(): string | null {
  const [patientId, setPatientId] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setPatientId(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return patientId;
}

export const labsHref = (patientId?: string) => `#/labs${patientId ? `/${encodeURIComponent(patientId)}` : ''}`;
