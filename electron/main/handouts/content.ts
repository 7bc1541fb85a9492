import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HANDOUT_LOCALES, type HandoutLibrary } from '../../../shared/handouts/schema';
import { clinicalLibrary } from '../core/resources';
import { loadHandoutContent } from './load-handouts';

// The handout texts, loaded and validated once per process and folder (like the clinical library): they are
// read-only, and tests open many cores. An edited file (newer modification time) is loaded again.

const cache = new Map<string, { stamp: number; content: HandoutLibrary }>();

/** The newest modification time of the content files, so an edit to any of them reloads the whole library. */
function stampOf(dir: string): number {
  const files = [join(dir, 'facts.json')];
  for (const locale of HANDOUT_LOCALES) {
    try {
      files.push(...readdirSync(join(dir, locale)).map((name) => join(dir, locale, name)));
    } catch {
      // A missing folder is reported by the loader, with the others, when it runs.
    }
  }
  return Math.max(...files.map((file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0));
}

/** The validated handout library from `<resourcesDir>/handouts` (all or nothing: throws naming every problem). */
export function handoutContent(resourcesDir: string): HandoutLibrary {
  const dir = join(resourcesDir, 'handouts');
  const stamp = stampOf(dir);
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.content;
  const content = loadHandoutContent(dir, clinicalLibrary(resourcesDir));
  cache.set(dir, { stamp, content });
  return content;
}
