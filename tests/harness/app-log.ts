import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/main/core/create-core';
import type { Logger } from '../../electron/main/core/router';
import { startFileLog } from '../../electron/main/diagnostics/log-file';
import { createRedactingLogger, logCalls } from '../../electron/main/diagnostics/redact';
import { isIpcChannel } from '../../shared/ipc/channels';

// The app's own log in the browser harness: when CHAIRSIDE_E2E_USER_DATA names a folder (Playwright's global
// setup does, for every e2e run), the core logs through the same redacting logger and electron-log file as in
// Electron, every bridged call leaves its line, and each app records its patients' names and MRNs on close so
// that scripts/check-e2e-log.ts can prove none of them reached the log.

export const E2E_USER_DATA = 'CHAIRSIDE_E2E_USER_DATA';
export const PATIENTS_FILE = 'patients.jsonl';

export interface HarnessLog {
  logger: Logger;
  observe(core: Core): Core;
  recordPatients(core: Core): Promise<void>;
}

export function harnessLog(env: NodeJS.ProcessEnv = process.env): HarnessLog | null {
  const userData = env[E2E_USER_DATA];
  if (!userData) return null;
  mkdirSync(userData, { recursive: true });
  // One file for the whole run: large enough that it never rotates away what the check must read.
  const { write } = startFileLog(userData, { console: false, maxBytes: 64 * 1024 * 1024 });
  return {
    logger: createRedactingLogger(write),
    observe: (core) => ({
      ...core,
      dispatch: logCalls(
        (channel, input, ctx?: Parameters<Core['dispatch']>[2]) => core.dispatch(channel, input, ctx),
        write,
        isIpcChannel,
      ),
    }),
    // Through the query builder: a center database (PostgreSQL) has no synchronous statements.
    recordPatients: async (core) => {
      const rows = await core.store.db.selectFrom('patient').select(['given_name', 'family_name', 'mrn']).execute();
      const lines = rows.map((row) => `${JSON.stringify(row)}\n`);
      appendFileSync(join(userData, PATIENTS_FILE), lines.join(''));
    },
  };
}
