import { useHashRoute } from '../../components/useHashRoute';
import { LIBRARY_KINDS, type LibraryKind } from '../../../../shared/ipc/contract/library';

// The app router looks at the first hash segment (#/library); the rest is this screen's:
// #/library/<kind>/<id>, e.g. #/library/drug/pembrolizumab or #/library/ctcae-term/10009887.

export interface LibrarySelection {
  kind: LibraryKind;
  id: string;
}

function parse(hash: string): LibrarySelection | null {
  const [, kind, id] = hash.replace(/^#\/?/, '').split('/');
  if (!kind || !id || !(LIBRARY_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as LibraryKind, id: decodeURIComponent(id) };
}

export function useLibrarySelection(): LibrarySelection | null {
  return useHashRoute(parse);
}

export const libraryHref = (kind: LibraryKind, id: string) => `#/library/${kind}/${encodeURIComponent(id)}`;
