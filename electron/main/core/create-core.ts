import { hostname } from 'node:os';
import type { Store } from '../store/database';
import { auditHandlers } from '../handlers/audit';
import { authHandlers } from '../handlers/auth';
import { chartHandlers } from '../handlers/chart';
import { chartingHandlers } from '../handlers/charting';
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
import { systemClock } from './clock';
import { buildDeps, type CoreOptions } from './build-deps';
import type { CoreDeps } from './deps';
import { createRouter, type Dispatch, type Handlers, type Logger, type RequestContext } from './router';
import { createLiveHub, type LiveHub } from './live';
import { startLiveRelay } from './live-relay';

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
