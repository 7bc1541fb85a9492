import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFile } from '../store/files';
import type { Keystore } from './keystore';

// A workstation's center credentials (the center key, the database password), wrapped by the OS keystore
// (Electron safeStorage in the app) in one owner-only file of the profile: never in plain text, never in
// the URL. Headless use sets CHAIRSIDE_CENTER_KEY and CHAIRSIDE_DB_PASSWORD instead.

export interface CenterCredentials {
  centerKey?: string;
  databasePassword?: string;
}

const FILE = 'center-credentials.bin';

export function readCenterCredentials(userData: string, keystore: Keystore): CenterCredentials {
  const path = join(userData, FILE);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(keystore.unwrap(readFileSync(path)).toString('utf8')) as CenterCredentials;
  } catch {
    // Wrapped by another profile or machine: IT enters them again.
    return {};
  }
}

export function saveCenterCredentials(userData: string, keystore: Keystore, credentials: CenterCredentials): void {
  if (!keystore.isSecure) throw new Error('This computer offers no protected key store for the center credentials.');
  writePrivateFile(join(userData, FILE), keystore.wrap(Buffer.from(JSON.stringify(credentials), 'utf8')));
}

/** Forgets this workstation's center credentials (Settings › Center database › Use this workstation's file). */
export function clearCenterCredentials(userData: string): void {
  rmSync(join(userData, FILE), { force: true });
}
