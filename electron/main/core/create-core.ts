import { hostname } from 'node:os';
import { LATEST_MIGRATION } from '../store/migrations';
import { openAndMigrate } from '../store/migrate';
import type { Store } from '../store/database';
import { listAudit } from '../services/audit';
import { createSettingsService } from '../services/settings';
import { systemClock, type Clock } from './clock';
import { createRouter, type Dispatch, type Handlers, type Logger, type RequestContext } from './router';

export interface CoreOptions {
  databasePath: string;
  clock?: Clock;
  appVersion?: string;
  workstation?: string;
  nativeBinding?: string;
  log?: Logger;
}

export interface Core {
  readonly store: Store;
  readonly databasePath: string;
  /** The one entry point for every channel, used by Electron's ipcMain and by the browser harness alike. */
  dispatch(channel: unknown, input: unknown, ctx?: Partial<RequestContext>): ReturnType<Dispatch>;
  close(): Promise<void>;
}

const consoleLogger: Logger = { error: (message, detail) => console.error(message, detail) };

/** Builds store, services and the channel router from a database path and a clock: no Electron involved. */
export async function createCore(options: CoreOptions): Promise<Core> {
  const clock = options.clock ?? systemClock;
  const workstation = options.workstation ?? hostname();
  const { store } = await openAndMigrate(options.databasePath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    now: clock.now(),
  });
  const now = () => clock.now();
  const settings = createSettingsService(store.db, now);

  const handlers: Handlers = {
    'system:info': () => ({
      appName: 'Chairside',
      appVersion: options.appVersion ?? '0.0.0',
      databasePath: options.databasePath,
      schemaVersion: LATEST_MIGRATION,
      libraryVersion: null,
      now: now().toISOString(),
    }),
    'settings:get': () => settings.get(),
    'settings:update': (input, ctx) => settings.update(input, ctx),
    'audit:list': (input) => listAudit(store.db, input),
  };

  const dispatch = createRouter(handlers, options.log ?? consoleLogger);
  return {
    store,
    databasePath: options.databasePath,
    dispatch: (channel, input, ctx) => dispatch(channel, input, { userId: null, workstation, ...ctx }),
    close: () => store.close(),
  };
}
