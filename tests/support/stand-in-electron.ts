import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIVE_ADDON_FILE } from '../../electron/main/native/driver';

// A stand-in for an unpacked Linux Electron distribution, for packaging where Electron cannot be downloaded.
// electron-builder (app-builder-lib/out/electron/ElectronFramework.js) copies an unpacked electronDist folder
// as it is, renames `electron` to the app's executable, moves LICENSE to LICENSE.electron.txt, prunes
// locales/*.pak to electronLanguages, and @electron/fuses then finds the fuse wire in the executable by its
// sentinel. So the stand-in has exactly those: an executable that only says it is a stand-in and carries a
// fuse wire, a LICENSE, and a few locales.

/** @electron/fuses' sentinel, then the wire: version 1, 8 fuses. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The fuses of an Electron binary as shipped (Electron's documented defaults), in @electron/fuses 1.8 order:
 * RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, ASAR integrity off, only-ASAR off,
 * browser V8 snapshot off, file: extra privileges on.
 */
export const SHIPPED_FUSE_WIRE = '10110001';

export const STAND_IN_LOCALES = ['en-US', 'en-GB', 'fr', 'de', 'ja'];

function executable(): Buffer {
  const script = '#!/bin/sh\necho "Stand-in for Electron (package layout test): it cannot run the app." >&2\nexit 1\n';
  const wire = Buffer.concat([
    Buffer.from(`# ${SENTINEL}`),
    Buffer.from([1, SHIPPED_FUSE_WIRE.length]),
    Buffer.from(SHIPPED_FUSE_WIRE),
  ]);
  return Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]);
}

/**
 * Writes `<dir>/electron-dist` (the stand-in Electron) and `<dir>/native` (the addon to ship: a copy of the
 * driver's Node build, since the Electron build cannot be made offline; it is only checked for its place and
 * that it is a loadable addon of the driver).
 */
export function makeStandIn(dir: string, nodeAddon: string): void {
  const dist = join(dir, 'electron-dist');
  mkdirSync(join(dist, 'locales'), { recursive: true });
  mkdirSync(join(dist, 'resources'), { recursive: true });
  writeFileSync(join(dist, 'electron'), executable());
  chmodSync(join(dist, 'electron'), 0o755);
  writeFileSync(join(dist, 'LICENSE'), 'Stand-in for the Electron license file.\n');
  for (const locale of STAND_IN_LOCALES) writeFileSync(join(dist, 'locales', `${locale}.pak`), locale);
  mkdirSync(join(dir, 'native'), { recursive: true });
  copyFileSync(nodeAddon, join(dir, 'native', NATIVE_ADDON_FILE));
}
