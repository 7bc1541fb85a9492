import type { ClinicalLibrary } from './schema';
import { unverifiedUnder, type Provenance, type Source } from './schema-common';

// The release check of every source in the library: a link to the page itself (never a bare domain), a
// revision date (or an UNVERIFIED mark saying what would date it), and a check date that is neither before the
// revision it claims to have read nor after the library's own release date.

interface Located {
  recordId: string;
  path: string;
  source: Source;
  record: Provenance;
}

function located(library: ClinicalLibrary): Located[] {
  const out: Located[] = [];
  const add = (recordId: string, record: Provenance, path: string, sources: readonly Source[]) =>
    sources.forEach((source, i) => out.push({ recordId, record, path: `${path}.${i}`, source }));
  for (const r of [...library.drugs, ...library.regimens, ...library.ctcaeGrades]) add(r.id, r, 'sources', r.sources);
  for (const p of library.carTProducts) {
    add(p.id, p, 'sources', p.sources);
    add(p.id, p, 'monitoring.current.sources', p.monitoring.current.sources);
    p.monitoring.history.forEach((h, i) => add(p.id, p, `monitoring.history.${i}.sources`, h.sources));
  }
  return out;
}

/** True when a partial date (2023, 2023-06, 2023-06-15) is on or before a calendar date. */
function isOnOrBefore(partial: string, date: string): boolean {
  return partial <= date.slice(0, partial.length);
}

export function sourceProblems(library: ClinicalLibrary): string[] {
  const release = library.manifest.date;
  const problems: string[] = [];
  for (const { recordId, path, source, record } of located(library)) {
    if (source.kind === 'center') continue;
    const where = `${recordId} ${path}`;
    if (!/^https:\/\/[^/\s]+\/\S+$/.test(source.url))
      problems.push(`${where}: ${source.url} is not a link to the page itself`);
    if (source.revised === null && unverifiedUnder(record, path).length === 0) {
      problems.push(`${where}: no revision date and no UNVERIFIED mark saying what would date it`);
    }
    if (source.revised !== null && !isOnOrBefore(source.revised, source.checked)) {
      problems.push(`${where}: checked ${source.checked}, before the revision it cites (${source.revised})`);
    }
    if (source.checked > release)
      problems.push(`${where}: checked ${source.checked}, after the library release ${release}`);
  }
  return problems;
}
