import type { ImportResult } from '../store/center-import';
import { appendAudit, type Executor } from './audit';

// The one audit event written outside the core's unit of work (core/unit-of-work.ts): npm run center:import
// runs without a core, and its event must commit in the copy's own transaction (store/center-import.ts
// copyIntoCenter), so the center database holds either the whole import with its event or nothing.

export interface CenterImportEvent {
  at: string;
  workstation: string;
  /** The file's name, never its folder (which may name a person). */
  file: string;
  copied: ImportResult;
}

/** Records the import with the file's own chain head, so the trail before the move can be matched to the file. */
export async function recordCenterImport(trx: Executor, event: CenterImportEvent): Promise<void> {
  await appendAudit(trx, {
    atUtc: event.at,
    userId: null,
    workstation: event.workstation,
    action: 'center.import',
    objectType: 'database',
    objectId: null,
    detail: { file: event.file, fileChainHead: event.copied.sourceHead, tables: event.copied.tables },
  });
}
