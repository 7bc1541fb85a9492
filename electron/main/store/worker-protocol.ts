import type { AuditVerification } from './audit-verify-run';

// What main asks the store worker to do, and what it answers. Keys travel as hex (structured clone turns
// a Buffer into a plain Uint8Array).

interface Opening {
  databasePath: string;
  /** Hex SQLCipher key; null for a plain file. */
  key: string | null;
  nativeBinding: string | null;
}

export interface VerifyTask extends Opening {
  task: 'verify-audit';
  auditKey: string;
  checkpointFile: string;
  /** PEM (SPKI) of the checkpoint signing key. */
  checkpointPublicKey: string;
  /** Also run integrity_check and list the migrations, and ignore checkpoints taken after the file's last
   * event (a backup ends earlier than the live trail): restoring a backup. */
  inspect: boolean;
}

export interface BackupTask extends Opening {
  task: 'backup';
  destination: string;
}

export type WorkerTask = VerifyTask | BackupTask;

export interface Inspection {
  integrity: string;
  migrations: string[];
}

export type VerifyResult = AuditVerification & { inspection: Inspection | null };
export interface BackupResult {
  bytes: number;
  quickCheck: string;
}

export type WorkerMessage =
  | { type: 'progress'; checked: number; total: number }
  | { type: 'done'; result: VerifyResult | BackupResult }
  | { type: 'failed'; message: string; code: string | null };
