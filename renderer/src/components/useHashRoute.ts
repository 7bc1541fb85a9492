import { useMemo, useSyncExternalStore } from 'react';

// Hash routing, the one way: works the same from file:// in Electron and http:// in the browser harness.
// Each screen keeps its own `parse` (a module-level function) for the part of the hash it owns.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** What `parse` makes of the current hash, recomputed only when the hash changes. */
export function useHashRoute<T>(parse: (hash: string) => T): T {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parse(hash), [hash, parse]);
}
