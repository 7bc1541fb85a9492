import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { E2E_USER_DATA } from './app-log';

// Playwright global setup: every e2e run logs into a fresh reports/e2e-user-data (the workers inherit the
// variable), which scripts/check-e2e-log.ts then searches for the run's patients.
export default function setup(): void {
  const dir = resolve(import.meta.dirname, '../../reports/e2e-user-data');
  rmSync(dir, { recursive: true, force: true });
  process.env[E2E_USER_DATA] = dir;
}
