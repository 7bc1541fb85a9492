import { createPublicKey } from 'node:crypto';
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { runAuditVerification } from './audit-verify-run';
import { openRaw, vacuumInto, type RawDatabase } from './raw';
import type {
  BackupResult,
  BackupTask,
  Inspection,
  VerifyResult,
  VerifyTask,
  WorkerMessage,
  WorkerTask,
} from './worker-protocol';

// A worker thread with its own read connection: long reads (the audit chain, a backup) never block the
// main thread that answers the nurses' requests.

const task = workerData as WorkerTask;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

function open(t: WorkerTask): RawDatabase {
  return openRaw(t.databasePath, {
    readonly: true,
    ...(t.key ? { key: Buffer.from(t.key, 'hex') } : {}),
    ...(t.nativeBinding ? { nativeBinding: t.nativeBinding } : {}),
  });
}

function inspect(raw: RawDatabase): Inspection {
  const integrity = (raw.pragma('integrity_check') as Array<{ integrity_check: string }>)
    .map((r) => r.integrity_check)
    .join('; ');
  const hasMigrations = raw
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
    .get();
  const migrations = hasMigrations
    ? (raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[])
    : [];
  return { integrity, migrations };
}

function verify(t: VerifyTask): VerifyResult {
  const raw = open(t);
  try {
    const inspection = t.inspect ? inspect(raw) : null;
    const verification = runAuditVerification({
      raw,
      auditKey: Buffer.from(t.auditKey, 'hex'),
      checkpointFile: t.checkpointFile,
      checkpointPublicKey: createPublicKey(t.checkpointPublicKey),
      ignoreLaterCheckpoints: t.inspect,
      onProgress: (checked, total) => post({ type: 'progress', checked, total }),
    });
    return { ...verification, inspection };
  } finally {
    raw.close();
  }
}

function backup(t: BackupTask): BackupResult {
  const raw = open(t);
  try {
    vacuumInto(raw, t.destination);
  } finally {
    raw.close();
  }
  const copy = open({ ...t, databasePath: t.destination });
  try {
    const quickCheck = String(copy.pragma('quick_check', { simple: true }));
    return { bytes: statSync(t.destination).size, quickCheck };
  } finally {
    copy.close();
  }
}

try {
  post({ type: 'done', result: task.task === 'verify-audit' ? verify(task) : backup(task) });
} catch (error) {
  const code = (error as { code?: unknown }).code;
  post({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
  });
}
