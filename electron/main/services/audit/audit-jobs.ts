import { randomUUID } from 'node:crypto';
import type { AuditChainReport, AuditVerifyStatus } from '../../../../shared/ipc/contract/audit';
import { notFound } from '../../core/errors';
import type { ChainBreak } from '../../store/audit-chain';
import { centerProtectionBreaks, verifyCenterAudit } from '../../store/audit-verify-center';
import { runStoreWorker } from '../../store/run-worker';
import { schemaProblems } from '../../store/schema-guard';
import type { Store } from '../../store/database';
import type { VerifyResult, VerifyTask } from '../../store/worker-protocol';
import type { SecureStore } from '../../security/open-secure-store';
import type { Checkpointer } from './audit-checkpoints';
import { workstationActor, type Write } from '../../core/unit-of-work';

// The audit chain check as a job: it runs in a worker thread (a million events no longer freeze the app
// for twelve seconds), the screen polls its progress, and a second request while it runs joins the first.

export interface VerifyJobDeps {
  store: Store;
  secure: Pick<SecureStore, 'keys' | 'security'>;
  checkpointer: Checkpointer;
  nativeBinding?: string | undefined;
  now: () => Date;
}

/** The worker's task for a database file with this store's keys (the live store, or a backup to restore). */
export function verifyTask(deps: VerifyJobDeps, databasePath: string, inspect: boolean): VerifyTask {
  const { keys, security } = deps.secure;
  return {
    task: 'verify-audit',
    databasePath,
    key: security.encrypted ? keys.databaseKey.toString('hex') : null,
    nativeBinding: deps.nativeBinding ?? null,
    auditKey: keys.auditKey.toString('hex'),
    checkpointFile: deps.checkpointer.file,
    checkpointPublicKey: keys.checkpointPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
    inspect,
  };
}

export function toReport(result: VerifyResult, extra: ChainBreak[], seconds: number): AuditChainReport {
  const breaks = [...extra, ...result.breaks];
  const chainBreak = breaks.find((b) => ['link', 'hash', 'downgrade'].includes(b.kind) && typeof b.id === 'number');
  return {
    intact: result.breakCount + extra.length === 0,
    checked: result.checked,
    breakCount: result.breakCount + extra.length,
    breaks,
    firstBrokenId: (chainBreak?.id as number | undefined) ?? null,
    headId: result.headId,
    headHash: result.headHash,
    signedEntries: result.signedEntries,
    legacyEntries: result.legacyEntries,
    checkpoints: result.checkpoints,
    latestCheckpoint: result.latestCheckpoint,
    seconds,
  };
}

export async function protectionBreaks(store: Pick<Store, 'prepare' | 'dialect' | 'db'>): Promise<ChainBreak[]> {
  if (store.dialect === 'postgres') return centerProtectionBreaks(store.db);
  const { missing, altered, extra } = await schemaProblems(store);
  return [
    ...missing.map((name) => ({ kind: 'protections' as const, id: name, detail: 'trigger missing' })),
    ...altered.map((name) => ({ kind: 'protections' as const, id: name, detail: 'trigger altered' })),
    ...extra.map((name) => ({ kind: 'protections' as const, id: name, detail: 'unknown trigger added' })),
  ];
}

export function createVerifyJobs(deps: VerifyJobDeps, onDone: (report: AuditChainReport) => Promise<void>) {
  const jobs = new Map<string, AuditVerifyStatus>();
  let running: AuditVerifyStatus | null = null;

  async function run(status: AuditVerifyStatus): Promise<void> {
    const started = performance.now();
    try {
      deps.checkpointer.take();
      const extra = await protectionBreaks(deps.store);
      const progress = (checked: number, total: number) => {
        status.checked = checked;
        status.total = total;
      };
      const result =
        deps.store.dialect === 'postgres'
          ? await verifyCenterAudit(deps.store.db, deps.secure.keys.auditKey, progress)
          : await runStoreWorker<VerifyResult>(verifyTask(deps, deps.store.path, false), progress);
      status.report = toReport(result, extra, Math.round((performance.now() - started) / 100) / 10);
      status.checked = result.checked;
      status.total = result.total;
      status.state = 'done';
      await onDone(status.report);
    } catch (error) {
      status.state = 'failed';
      status.failure = error instanceof Error ? error.message : String(error);
    } finally {
      running = null;
    }
  }

  return {
    /** Starts a check, or answers the one already running. */
    start(): AuditVerifyStatus {
      if (running) return { ...running };
      const status: AuditVerifyStatus = {
        jobId: randomUUID(),
        state: 'running',
        checked: 0,
        total: 0,
        report: null,
        failure: null,
      };
      jobs.set(status.jobId, status);
      running = status;
      void run(status);
      return { ...status };
    },
    status(jobId: string): AuditVerifyStatus {
      const job = jobs.get(jobId);
      if (!job) throw notFound('chain-check-not-found', 'This chain check');
      return { ...job };
    },
    /** Resolves when the running check (if any) has finished: lets close() wait for it. */
    async idle(): Promise<void> {
      while (running) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}

export type VerifyJobs = ReturnType<typeof createVerifyJobs>;

/** The check's outcome in the trail itself (who asked is not known to a worker: the app records it). */
export async function recordVerification(write: Write, workstation: string, report: AuditChainReport): Promise<void> {
  const detail = { intact: report.intact, checked: report.checked, breaks: report.breakCount, headId: report.headId };
  await write(workstationActor(workstation), (_tx, { audit }) =>
    audit({ action: 'verify', objectType: 'audit_event', detail }),
  );
}
