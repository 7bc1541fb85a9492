import { hostname } from 'node:os';
import { openAndMigrate } from '../store/migrate';
import type { Store } from '../store/database';
import { auditHandlers } from '../handlers/audit';
import { authHandlers } from '../handlers/auth';
import { chartHandlers } from '../handlers/chart';
import { chartingHandlers } from '../handlers/charting';
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from '../services/auth-policy';
import { createVerifications } from '../services/second-user';
import { createSession } from '../services/session';
import { centerHandlers } from '../handlers/center';
import { handoutsHandlers } from '../handlers/handouts';
import { libraryHandlers } from '../handlers/library';
import { patientsHandlers } from '../handlers/patients';
import { planHandlers } from '../handlers/plans';
import { scheduleHandlers } from '../handlers/schedule';
import { systemHandlers } from '../handlers/system';
import { systemClock, type Clock } from './clock';
import { clinicalLibrary, findResourcesDir } from './resources';
import { handoutContent } from '../handouts/content';
import { noPlatform, type Platform } from './platform';
import type { CoreDeps } from './deps';
import { createRouter, type Dispatch, type Handlers, type Logger, type RequestContext } from './router';

export interface CoreOptions {
  databasePath: string;
  clock?: Clock;
  appVersion?: string;
  workstation?: string;
  nativeBinding?: string;
  /** The shipped resources folder; found next to the code when omitted. */
  resourcesDir?: string;
  log?: Logger;
  /** PDF, print and save dialogs (Electron in the app, Playwright Chromium in the harness); none refuses to print. */
  platform?: Platform;
  /** Failed-sign-in lockout and verification lifetime: center policy, defaults in services/auth-policy.ts. */
  authPolicy?: Partial<AuthPolicy>;
}

export interface Core {
  readonly store: Store;
  readonly databasePath: string;
  /** The channels the router has a handler for (the contract test compares them with the contract). */
  readonly handledChannels: readonly string[];
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
    ...scheduleHandlers(deps),
    ...handoutsHandlers(deps),
  };
}

/** Builds store, services and the channel router from a database path and a clock: no Electron involved. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const workstation = options.workstation ?? hostname();
  const resourcesDir = options.resourcesDir ?? findResourcesDir();
  // Load the clinical data before touching the database: invalid shipped data stops start-up, naming the
  // file, record and field, and never half-loads.
  const library = clinicalLibrary(resourcesDir);
  const handouts = handoutContent(resourcesDir);
  const { store } = await openAndMigrate(options.databasePath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now: clock.now(),
  });
  const authPolicy: AuthPolicy = { ...DEFAULT_AUTH_POLICY, ...options.authPolicy };
  const now = () => clock.now();
  const session = createSession({ store, now, workstation, policy: authPolicy });
  const verifications = createVerifications({ store, now, policy: authPolicy });
  const deps: CoreDeps = {
    session,
    verifications,
    authPolicy,
    store,
    clock,
    now: () => clock.now(),
    appVersion: options.appVersion ?? '0.0.0',
    databasePath: options.databasePath,
    workstation,
    resourcesDir,
    library,
    handouts,
    platform: options.platform ?? noPlatform,
  };
  const handlers = buildHandlers(deps);
  const dispatch = createRouter(handlers, options.log ?? consoleLogger, {
    guard: (channel) => session.guard(channel),
    databaseFile: options.databasePath,
  });
  return {
    store,
    databasePath: options.databasePath,
    handledChannels: Object.keys(handlers),
    // The signed-in user comes from the core's session, never from the renderer; a caller inside main (the
    // demo seed) may name its own writer.
    dispatch: (channel, input, ctx) =>
      dispatch(channel, input, { workstation, ...ctx, userId: ctx?.userId ?? session.userId() }),
    close: () => store.close(),
  };
}
