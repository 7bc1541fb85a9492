import type { AuditAction } from '../../../../shared/audit/codes';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo, BackupStatus, RestoreResult } from '../../../../shared/ipc/contract/backups';
import type { BACKUP_REASONS } from '../../../../shared/ipc/contract/backups';
import type { CoreDeps } from '../../core/deps';
import type { CoreRefusalReason } from '../../../../shared/ipc/core-refusals';
import type { IpcIssue } from '../../../../shared/ipc/result';
import { englishCount } from '../../../../shared/text/english';
import { AppError, conflict, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { readBackupSettings, writeBackupSettings, type BackupSettings } from '../../repositories/backup-settings';
import { MIGRATIONS } from '../../store/migrations';
import { pendingRestore, stageRestore } from '../../store/restore';
import { runStoreWorker } from '../../store/run-worker';
import type { BackupResult, VerifyResult } from '../../store/worker-protocol';
import { workstationActor } from '../../core/unit-of-work';
import { toReport, verifyTask } from '../audit/audit-jobs';

// Online backups of the encrypted store (VACUUM INTO in a worker thread: same key, never a file copy of a
// live database), kept N deep in a folder the center chooses; and the restore of one, verified before it is
// staged for the next start.

type Reason = (typeof BACKUP_REASONS)[number];
const NAME = /^chairside-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(manual|scheduled|quit)\.sqlite3$/;
const KNOWN_MIGRATIONS = new Set(MIGRATIONS.map(([name]) => name));

export const defaultBackupSettings = (databasePath: string): BackupSettings => ({
  folder: join(dirname(databasePath), 'backups'),
  keep: 14,
  everyHours: 24,
});

function fromName(folder: string, file: string): BackupInfo | null {
  const match = NAME.exec(file);
  if (!match) return null;
  const stamp = match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { file, atUtc: stamp, bytes: statSync(join(folder, file)).size, reason: match[2] as Reason };
}

/** A center database is backed up on its server by IT (pg_dump, WAL archiving), never by a workstation. */
const centerBackups = () =>
  new AppError('forbidden', 'This workstation uses the center database: IT backs it up on the server (pg_dump).');

type RestoreProblem = IpcIssue & { said: string };

/**
 * Why a backup may not be restored, each with its own reason so the screen says it in the reader's language
 * (the first is shown); `said` is the English part of main's message and of the audit event.
 */
function restoreProblems(
  file: string,
  integrity: string | undefined,
  migrations: readonly string[],
  breaks: number,
): RestoreProblem[] {
  const problem = (p: { code: CoreRefusalReason; said: string; count?: number }): RestoreProblem => ({
    path: '',
    message: `The backup ${file} was not restored: ${p.said}.`,
    said: p.said,
    code: p.code,
    params: p.count === undefined ? { file } : { file, count: p.count },
  });
  const newer = !migrations.every((m) => KNOWN_MIGRATIONS.has(m));
  return [
    ...(integrity === 'ok' ? [] : [problem({ code: 'backup-damaged', said: `integrity check: ${integrity}` })]),
    ...(newer
      ? [problem({ code: 'backup-newer-version', said: 'it was written by a newer version of Chairside' })]
      : []),
    ...(breaks === 0
      ? []
      : [
          problem({
            code: 'backup-audit-broken',
            said: `its audit trail has ${englishCount(breaks, 'break')}`,
            count: breaks,
          }),
        ]),
  ];
}

export function createBackups(deps: CoreDeps) {
  const { store } = deps;
  const settings = () => readBackupSettings(store.db, defaultBackupSettings(deps.databasePath));
  const folderOf = (s: BackupSettings) => s.folder ?? defaultBackupSettings(deps.databasePath).folder!;
  let running: Promise<BackupInfo> | null = null;

  function list(folder: string): BackupInfo[] {
    if (!existsSync(folder)) return [];
    const found = readdirSync(folder).flatMap((f) => fromName(folder, f) ?? []);
    return found.sort((a, b) => b.atUtc.localeCompare(a.atUtc));
  }

  async function status(): Promise<BackupStatus> {
    const s = await settings();
    const pending = pendingRestore(deps.databasePath);
    return {
      folder: folderOf(s),
      keep: s.keep,
      everyHours: s.everyHours,
      backups: list(folderOf(s)),
      pendingRestore: pending ? { from: pending.from, stagedAt: pending.stagedAt } : null,
    };
  }

  /** A scheduled backup (or the one on quit) has no request: it is this workstation's, with no user. */
  async function audit(ctx: RequestContext | null, action: AuditAction, detail: unknown): Promise<void> {
    await deps.write(ctx ?? workstationActor(deps.workstation), (_tx, unit) =>
      unit.audit({ action, objectType: 'backup', detail }),
    );
  }

  async function make(reason: Reason, ctx: RequestContext | null): Promise<BackupInfo> {
    if (store.dialect === 'postgres') throw centerBackups();
    const s = await settings();
    const folder = folderOf(s);
    const stamp = deps.now().toISOString().replace(/[:.]/g, '-');
    const file = `chairside-${stamp}-${reason}.sqlite3`;
    const { security, keys } = deps.secure;
    const result = await runStoreWorker<BackupResult>({
      task: 'backup',
      databasePath: deps.databasePath,
      key: security.encrypted ? keys.databaseKey.toString('hex') : null,
      nativeBinding: deps.nativeBinding ?? null,
      destination: join(folder, file),
    });
    if (result.quickCheck !== 'ok')
      throw conflict(
        'backup-check-failed',
        `The backup ${file} failed its check (${result.quickCheck}); it was not kept.`,
        { file },
      );
    for (const old of list(folder).slice(s.keep)) rmSync(join(folder, old.file), { force: true });
    await audit(ctx, 'backup', { file, reason, bytes: result.bytes, folder });
    return { file, atUtc: deps.now().toISOString(), bytes: result.bytes, reason };
  }

  /** One backup at a time: a second request while one runs waits for it and answers the same. */
  function backupNow(reason: Reason, ctx: RequestContext | null): Promise<BackupInfo> {
    running ??= make(reason, ctx).finally(() => {
      running = null;
    });
    return running;
  }

  /** Called by the schedule: backs up when the newest backup is older than the configured hours. */
  async function runIfDue(): Promise<BackupInfo | null> {
    if (store.dialect === 'postgres') return null;
    const s = await settings();
    const newest = list(folderOf(s))[0];
    const due = !newest || deps.now().getTime() - Date.parse(newest.atUtc) >= s.everyHours * 3_600_000;
    return due ? backupNow('scheduled', null) : null;
  }

  async function configure(changes: Partial<BackupSettings>, ctx: RequestContext): Promise<BackupStatus> {
    await deps.write(ctx, async (trx, unit) => {
      await writeBackupSettings(trx, changes, unit.at, ctx.userId);
      await unit.audit({ action: 'update', objectType: 'backup_settings', detail: changes });
    });
    return status();
  }

  async function restore(file: string, ctx: RequestContext): Promise<RestoreResult> {
    const folder = folderOf(await settings());
    if (!list(folder).some((b) => b.file === file)) throw notFound('backup-not-found', 'This backup');
    const path = join(folder, file);
    const started = performance.now();
    const checkpointer = deps.audit.checkpointer;
    const verified = await runStoreWorker<VerifyResult>(verifyTask({ ...deps, checkpointer }, path, true)).catch(
      async () => {
        await audit(ctx, 'restore-refused', { file, problems: ['unreadable with this database’s key'] });
        throw conflict(
          'backup-wrong-key',
          `The backup ${file} cannot be read with this database's key (it belongs to another database, or it is damaged): it was not restored.`,
          { file },
        );
      },
    );
    const chain = toReport(verified, [], Math.round((performance.now() - started) / 100) / 10);
    const migrations = verified.inspection?.migrations ?? [];
    const problems = restoreProblems(file, verified.inspection?.integrity, migrations, chain.breakCount);
    if (problems.length > 0) {
      const said = problems.map((p) => p.said);
      await audit(ctx, 'restore-refused', { file, problems: said });
      const message = `The backup ${file} was not restored: ${said.join('; ')}.`;
      throw new AppError(
        'conflict',
        message,
        problems.map(({ said: _said, ...issue }) => issue),
      );
    }
    stageRestore(deps.databasePath, path, { from: basename(path), stagedAt: deps.now().toISOString(), by: ctx.userId });
    await audit(ctx, 'restore-staged', { file, events: chain.checked, headHash: chain.headHash });
    return { from: file, integrity: 'ok', migrations: migrations.length, chain, restartNeeded: true };
  }

  return { status, backupNow, runIfDue, configure, restore };
}

export type Backups = ReturnType<typeof createBackups>;
