import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ClinicalLibrary } from '../../../shared/clinical';
import { loadClinicalLibrary } from '../clinical/load-library';

/**
 * Finds the shipped `resources/` folder by walking up from this module: the same code then works from the
 * sources (tests, tsx scripts) and from the bundle in out/main. Packaged apps pass the folder explicitly.
 */
export function findResourcesDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'clinical', 'manifest.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No resources/clinical/manifest.json found above ${start}.`);
    dir = parent;
  }
}

const cache = new Map<string, { stamp: number; library: ClinicalLibrary }>();

/**
 * The validated clinical library (all or nothing). Loaded once per process and folder: the library is frozen
 * and read-only, and tests open many cores.
 */
export function clinicalLibrary(resourcesDir: string): ClinicalLibrary {
  const dir = join(resourcesDir, 'clinical');
  const stamp = statSync(join(dir, 'manifest.json')).mtimeMs;
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.library;
  const library = loadClinicalLibrary(dir);
  cache.set(dir, { stamp, library });
  return library;
}
