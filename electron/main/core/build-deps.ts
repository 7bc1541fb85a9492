import { dirname, join, resolve } from 'node:path';
import { openSecureStore, type SecureStore } from '../security/open-secure-store';
import { openCenterSecureStore } from '../security/open-center-store';
import { parseDatabaseSetting } from '../store/location';
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from '../services/auth/auth-policy';
import { createVerifications } from '../services/auth/second-user';
import { createSession } from '../services/auth/session';
import type { DatabaseSettingSource } from '../../../shared/ipc/contract/center-db';
import type { Clock } from './clock';
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
import type { Logger } from './router';
import { createWrite } from './unit-of-work';

// What the core is built from (create-core.ts builds the router on it): the options a caller gives, the
// clinical data, the store (a workstation's SQLite file or the center's PostgreSQL database), the unit of work,
// the session, the audit checkpoints, backups and the center mode's draft outbox.

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

/** Every service the handlers need, on an open store; the clinical data is read (and checked) first. */
export async function buildDeps(
  options: CoreOptions,
  clock: Clock,
  workstation: string,
  log: Logger,
): Promise<CoreDeps> {
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

/**
 * Center mode's draft outbox: the option's file (the app's profile folder), else beside the checkpoint file the
 * caller chose. None for a workstation file, and none for a tool given neither (center:dev, a seed, a bench):
 * the outbox is this workstation's, and a tool's would land in whatever folder it was started from, encrypted
 * with a key the next run does not have.
 */
function centerOutboxFile(options: CoreOptions): string | null {
  if (parseDatabaseSetting(options.databasePath).kind === 'sqlite') return null;
  if (options.draftOutboxFile) return options.draftOutboxFile;
  if (options.checkpointFile) return join(dirname(resolve(options.checkpointFile)), 'center-draft-outbox.sqlite3');
  return null;
}
