import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  'zod',
] as const;

/** Dependencies used only to install or build a package, never by the installed app. */
const INSTALL_ONLY = new Set(['prebuild-install']);

interface Manifest {
  dependencies?: Record<string, string>;
}

/** MAIN_RUNTIME_PACKAGES and their runtime dependencies, as installed in root/node_modules. */
export function runtimePackages(root: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || INSTALL_ONLY.has(name)) return;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as Manifest;
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  MAIN_RUNTIME_PACKAGES.forEach(visit);
  return [...seen].sort();
}
