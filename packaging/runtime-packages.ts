import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve as absolute } from 'node:path';
import { NATIVE_DRIVER } from '../electron/main/native/driver';

// What app.asar carries from node_modules: only the packages main loads at run time (the externals of
// out/main) and what they need. The renderer's libraries (React, TanStack, i18next, pdf.js) are bundled into
// out/renderer, and the driver's install-time tools are never needed by an installed app. The package layout
// test checks every import of the built main resolves inside app.asar, so a package missing here fails CI.

/** The packages out/main imports (electron-vite leaves every `dependencies` entry external). */
export const MAIN_RUNTIME_PACKAGES = [
  NATIVE_DRIVER,
  '@observablehq/plot',
  'electron-log',
  'ics',
  'jsdom',
  'kysely',
  'papaparse',
  'pg',
  'zod',
] as const;

/** Dependencies used only to install or build a package, never by the installed app. */
const INSTALL_ONLY = new Set(['prebuild-install']);

interface Manifest {
  dependencies?: Record<string, string>;
}

/**
 * MAIN_RUNTIME_PACKAGES and their runtime dependencies that sit at the top of root/node_modules. A dependency is
 * resolved as Node does, from the folder of the package that needs it upwards, so a nested copy (jsdom's
 * lru-cache inside its parent's node_modules) travels inside its parent and the top-level copy of another
 * version, which only the tools use, stays out.
 */
export function runtimePackages(repository: string): string[] {
  const root = absolute(repository);
  const top = join(root, 'node_modules');
  const topLevel = new Set<string>();
  const visited = new Set<string>();
  const resolve = (name: string, from: string): string => {
    for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dir === root) break;
    }
    return join(top, name);
  };
  const visit = (name: string, from: string) => {
    if (INSTALL_ONLY.has(name)) return;
    const dir = resolve(name, from);
    if (visited.has(dir)) return;
    visited.add(dir);
    if (dir === join(top, name)) topLevel.add(name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of MAIN_RUNTIME_PACKAGES) visit(name, root);
  return [...topLevel].sort();
}
