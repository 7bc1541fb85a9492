import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openSecureStore, type SecureStore } from '../security/open-secure-store';
import { openCenterSecureStore } from '../security/open-center-store';
import { parseDatabaseSetting } from '../store/location';
import type { Store } from '../store/database';
import { auditHandlers } from '../handlers/audit';
import { authHandlers } from '../handlers/auth';
import { chartHandlers } from '../handlers/chart';
import { chartingHandlers } from '../handlers/charting';
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from '../services/auth/auth-policy';
import { createVerifications } from '../services/auth/second-user';
import { createSession } from '../services/auth/session';
import { centerHandlers } from '../handlers/center';
import { handoutsHandlers } from '../handlers/handouts';
import { labsHandlers } from '../handlers/labs';
import { libraryHandlers } from '../handlers/library';
import { patientsHandlers } from '../handlers/patients';
import { orderHandlers } from '../handlers/orders';
import { planHandlers } from '../handlers/plans';
import { pharmacyHandlers } from '../handlers/pharmacy';
import { assignmentHandlers } from '../handlers/assignments';
import { reportsHandlers } from '../handlers/reports';
import { scheduleHandlers } from '../handlers/schedule';
import { systemHandlers } from '../handlers/system';
import { securityHandlers } from '../handlers/security';
import { backupHandlers } from '../handlers/backups';
import { centerDbHandlers } from '../handlers/center-db';
import type { DatabaseSettingSource } from '../../../shared/ipc/contract/center-db';
import { systemClock, type Clock } from './clock';
import { checkpointFilePath } from '../store/audit-checkpoints';
import { createCheckpointer } from '../services/audit/audit-checkpoints';
import { createVerifyJobs, recordVerification } from '../services/audit/audit-jobs';
import { sealLegacyEntries } from '../services/audit/audit-seal';
import { createBackups } from '../services/system/backups';
import { openDraftSaver } from '../services/charting/draft-outbox';
import { clinicalLibrary, findResourcesDir } from './resources';
import { handoutContent } from '../handouts/content';
import { noPlatform, type Platform } from './platform';
import type { Keystore } from './keystore';
import type { CoreDeps } from './deps';
import { createRouter, type Dispatch, type Handlers, type Logger, type RequestContext } from './router';
import { createLiveHub, type LiveHub } from './live';
import { startLiveRelay } from './live-relay';
import { createWrite } from './unit-of-work';

export interface CoreOptions {
  /** A SQLite file path, or a center database's postgres:// URL (center mode, store/location.ts). */
  databasePath: string;
  /** Center mode: the center key (the keystore in the app, CHAIRSIDE_CENTER_KEY headless). */
  centerKey?: string;
  /** Center mode: the database password (the keystore in the app, CHAIRSIDE_DB_PASSWORD headless). */
  databasePassword?: string;
  /** Center mode: migrate the center database (center:migrate and tests only; the app never does). */
  migrateCenter?: boolean;
  clock?: Clock;
  appVersion?: string;
  workstation?: string;
  nativeBinding?: string;
  /** The shipped resources folder; found next to the code when omitted. */
  resourcesDir?: string;
  log?: Logger;
  /** PDF, print and save dialogs (Electron in the app, Playwright Chromium in the harness); none refuses to print. */
  platform?: Platform;
  /** Failed-sign-in lockout and verification lifetime: center policy, defaults in services/auth/auth-policy.ts. */
  authPolicy?: Partial<AuthPolicy>;
  /** Wraps the database key: Electron safeStorage in the app, a test keystore in tests. */
  keystore?: Keystore;
  /** The documented unencrypted setting (CHAIRSIDE_UNENCRYPTED_DATABASE=1): new databases stay plain. */
  unencryptedDatabase?: boolean;
  /** The recovery key, when the keystore lost the database key (new OS profile or computer). */
  recoveryKey?: string;
  /** Where signed audit checkpoints are written (outside the database); beside it when omitted. */
  checkpointFile?: string;
  /** Minutes between checkpoints while the app runs (default 10; 0: only at start, after checks, at close). */
  checkpointEveryMinutes?: number;
  /** Back up on the center's schedule (checked hourly) and when the app closes: the app turns both on. */
  scheduledBackups?: boolean;
  /** Restarts the app (Electron: relaunch), so a staged restore is swapped in. */
  restart?: () => void;
  /** The profile folder (userData) where Settings › Center database saves its setting; none in scripts. */
  profileDir?: string;
  /** Where databasePath came from (paths.ts resolveDatabaseSetting); shown in Settings › Center database. */
  databaseSource?: DatabaseSettingSource;
  /** Center mode: this workstation's outbox of chart drafts saved while the server is away (a local file). */
  draftOutboxFile?: string;
}

export interface Core {
  readonly store: Store;
  readonly databasePath: string;
  /** What the handlers are built from (tests and tools reach the keys, the session and the checkpointer). */
  readonly deps: CoreDeps;
  /** The channels the router has a handler for (the contract test compares them with the contract). */
  readonly handledChannels: readonly string[];
  /** Committed writes (this process and, in center mode, the other workstations) and the connection state. */
  readonly live: LiveHub;
  /** The one entry point for every channel, used by Electron's ipcMain and by the browser harness alike. */
  dispatch(channel: unknown, input: unknown, ctx?: Partial<RequestContext>): ReturnType<Dispatch>;
  close(): Promise<void>;
}

const consoleLogger: Logger = { error: (message, detail) => console.error(message, detail) };

/** One handler per channel, each domain contributing its own; the type makes a missing one a compile error. */
function buildHandlers(deps: CoreDeps): Handlers {
  return {
    ...systemHandlers(deps),
    ...auditHandlers(deps),
    ...authHandlers(deps),
    ...chartHandlers(deps),
    ...chartingHandlers(deps),
    ...patientsHandlers(deps),
    ...centerHandlers(deps),
    ...libraryHandlers(deps),
    ...planHandlers(deps),
    ...orderHandlers(deps),
    ...scheduleHandlers(deps),
    ...pharmacyHandlers(deps),
    ...assignmentHandlers(deps),
    ...handoutsHandlers(deps),
    ...securityHandlers(deps),
    ...backupHandlers(deps),
    ...centerDbHandlers(deps),
    ...labsHandlers(deps),
    ...reportsHandlers(deps),
  };
}

/** The signed checkpoints and the chain check of the audit trail (services/audit/). */
function auditParts(
  options: CoreOptions,
  secure: SecureStore,
  deps: Pick<CoreDeps, 'now' | 'write' | 'workstation'>,
  log: Logger,
) {
  const { store } = secure;
  const { now, write, workstation } = deps;
  const checkpointer = createCheckpointer({
    store,
    keys: secure.keys,
    file: options.checkpointFile ?? checkpointFilePath(store.dialect === 'sqlite' ? options.databasePath : 'center'),
    now,
  });
  const jobs = createVerifyJobs({ store, secure, checkpointer, nativeBinding: options.nativeBinding, now }, (report) =>
    recordVerification(write, workstation, report).catch((error: unknown) =>
      log.error('Recording a chain check failed', error),
    ),
  );
  return { checkpointer, jobs };
}

/** The embedded SQLite store, or a center's PostgreSQL database when the setting is a postgres:// URL. */
function openAnyStore(options: CoreOptions, now: Date, workstation: string, log: Logger): Promise<SecureStore> {
  const location = parseDatabaseSetting(options.databasePath);
  if (location.kind === 'sqlite') return openSecureStore({ ...options, now });
  return openCenterSecureStore({
    location,
    centerKey: options.centerKey,
    password: options.databasePassword,
    workstation,
    migrate: options.migrateCenter,
    now,
    onPoolError: (error) => log.error('The center database connection failed', error),
  });
}

async function buildDeps(options: CoreOptions, clock: Clock, workstation: string, log: Logger): Promise<CoreDeps> {
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  // Load the clinical data before touching the database: invalid shipped data stops start-up, naming the
  // file, record and field, and never half-loads.
  const library = clinicalLibrary(resourcesDir);
  const handouts = handoutContent(resourcesDir);
  const now = () => clock.now();
  const secure = await openAnyStore(options, now(), workstation, log);
  const { store } = secure;
  // One unit of work for the whole core: a write nested in another must find the open one (unit-of-work.ts).
  const write = createWrite({ store, now });
  await sealLegacyEntries(store, write, workstation);
  const authPolicy: AuthPolicy = { ...DEFAULT_AUTH_POLICY, ...options.authPolicy };
  const monotonicMs = clock.monotonicMs ? () => clock.monotonicMs!() : () => performance.now();
  const deps = {
    session: createSession({ store, now, monotonicMs, workstation, policy: authPolicy, write }),
    verifications: createVerifications({ store, now, policy: authPolicy, write }),
    authPolicy,
    store,
    clock,
    now,
    write,
    appVersion: options.appVersion ?? '0.0.0',
    databasePath: options.databasePath,
    workstation,
    resourcesDir,
    library,
    handouts,
    platform: options.platform ?? noPlatform,
    secure,
    audit: auditParts(options, secure, { now, write, workstation }, log),
    nativeBinding: options.nativeBinding,
    restart: options.restart,
    profile: {
      dir: options.profileDir ?? null,
      keystore: options.keystore ?? null,
      databaseSource: options.databaseSource ?? 'default',
    },
  } as CoreDeps;
  deps.backups = createBackups(deps);
  deps.drafts = openDraftSaver(deps, centerOutboxFile(options), log);
  return deps;
}

/** After a restore swapped a backup in: a restore marker first (older checkpoints past it lapse), then the event. */
async function recordRestore(deps: CoreDeps): Promise<void> {
  const restored = deps.secure.security.restored;
  if (!restored) return;
  deps.audit.checkpointer.take('restore');
  // At start-up, before any request: the event names who staged the restore, on this workstation.
  await deps.write({ userId: restored.by, workstation: deps.workstation }, (_tx, { audit }) =>
    audit({
      action: 'restore-applied',
      objectType: 'backup',
      detail: { from: restored.from, stagedAt: restored.stagedAt, replacedFile: restored.replaced },
    }),
  );
}

/** The hourly check of the backup schedule, and the checkpoint timer; both stop with the core. */
function startTimers(deps: CoreDeps, options: CoreOptions, checkpoint: () => void, log: Logger): () => void {
  const minutes = options.checkpointEveryMinutes ?? 10;
  const timers = [
    ...(minutes > 0 ? [setInterval(checkpoint, minutes * 60_000)] : []),
    ...(options.scheduledBackups
      ? [
          setInterval(
            () => void deps.backups.runIfDue().catch((e: unknown) => log.error('Scheduled backup failed', e)),
            3_600_000,
          ),
        ]
      : []),
  ];
  for (const timer of timers) timer.unref();
  return () => timers.forEach(clearInterval);
}

/** Center mode's draft outbox: the option's file, else beside the checkpoints; none for a workstation file. */
function centerOutboxFile(options: CoreOptions): string | null {
  if (parseDatabaseSetting(options.databasePath).kind === 'sqlite') return null;
  if (options.draftOutboxFile) return options.draftOutboxFile;
  return join(dirname(resolve(options.checkpointFile ?? checkpointFilePath('center'))), 'center-draft-outbox.sqlite3');
}

/** Builds store, services and the channel router from a database path and a clock: no Electron involved. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const workstation = options.workstation ?? hostname();
  const log = options.log ?? consoleLogger;
  const deps = await buildDeps(options, clock, workstation, log);
  const { store, session, audit } = deps;
  const handlers = buildHandlers(deps);
  const dispatch = createRouter(handlers, log, {
    guard: (channel) => session.guard(channel),
    databaseFile: store.label,
  });
  const checkpoint = () => {
    try {
      audit.checkpointer.take();
    } catch (error) {
      log.error('Writing an audit checkpoint failed', error);
    }
  };
  await recordRestore(deps);
  checkpoint();
  if (options.scheduledBackups)
    void deps.backups.runIfDue().catch((e: unknown) => log.error('Scheduled backup failed', e));
  const stopTimers = startTimers(deps, options, checkpoint, log);
  const live = createLiveHub();
  const relay = startLiveRelay(store, live, log, deps.now);
  // Drafts kept on this workstation during an outage go to the server now, and whenever it answers again.
  live.onConnection((state) => void (state.status === 'ok' ? deps.drafts.replay() : undefined));
  void deps.drafts.replay();
  return {
    store,
    databasePath: options.databasePath,
    deps,
    handledChannels: Object.keys(handlers),
    live,
    // The signed-in user comes from the core's session, never from the renderer; a caller inside main (the
    // demo seed) may name its own writer. A committed write is announced once its transaction is done.
    dispatch: async (channel, input, ctx) => {
      const result = await dispatch(channel, input, { workstation, ...ctx, userId: ctx?.userId ?? session.userId() });
      const change = live.afterDispatch(channel, result, deps.now());
      if (change) relay.announce(change);
      return result;
    },
    close: async () => {
      stopTimers();
      await relay.stop();
      await audit.jobs.idle();
      if (options.scheduledBackups)
        await deps.backups.backupNow('quit', null).catch((e: unknown) => log.error('Backup on quit failed', e));
      checkpoint();
      await deps.drafts.close();
      await store.close();
    },
  };
}
