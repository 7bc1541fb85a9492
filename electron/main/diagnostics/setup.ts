import { app, clipboard, dialog, type BrowserWindow } from 'electron';
import { createRequire } from 'node:module';
import { arch, release, type } from 'node:os';
import { isIpcChannel } from '../../../shared/ipc/channels';
import type { Core } from '../core/create-core';
import type { Logger } from '../core/router';
import { NATIVE_DRIVER } from '../native/driver';
import { engineVersion } from '../store/engine-version';
import { startFileLog } from './log-file';
import { createRedactingLogger, describeError, logCalls, type LogWrite } from './redact';
import { diagnosticsText, type DiagnosticsFacts } from './report';

// The Electron side of diagnostics: the log file in userData, the redacting core logger, the per-call log,
// and Help › Copy diagnostics.

export interface Diagnostics {
  logger: Logger;
  write: LogWrite;
  logPath: string;
  /** The core as ipc.ts should see it: every call leaves one redacted line in the log. */
  observe(core: Core): Core;
  copy(core: Core | null, nativeBinding: string | null, parent: BrowserWindow | null): Promise<void>;
}

function driverVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (require(`${NATIVE_DRIVER}/package.json`) as { version: string }).version;
  } catch {
    return '?';
  }
}

async function gather(core: Core | null, nativeBinding: string | null, logPath: string): Promise<DiagnosticsFacts> {
  const info = core ? await core.dispatch('system:info', {}) : null;
  const value = info?.ok ? (info.value as { schemaVersion: string; libraryVersion: string }) : null;
  const engine = core ? await engineVersion(core.store) : '?';
  const databaseKind =
    core?.store.dialect === 'postgres'
      ? `PostgreSQL ${engine} (center database)`
      : `SQLite ${engine} (${NATIVE_DRIVER} ${driverVersion()})`;
  return {
    appVersion: app.getVersion(),
    packaged: app.isPackaged,
    versions: process.versions,
    os: `${type()} ${release()} ${arch()}`,
    databaseKind,
    databasePath: core?.databasePath ?? null,
    schemaVersion: value?.schemaVersion ?? null,
    libraryVersion: value?.libraryVersion ?? null,
    nativeBinding,
    logPath,
  };
}

export function startDiagnostics(): Diagnostics {
  const { path: logPath, write } = startFileLog(app.getPath('userData'), { console: !app.isPackaged });
  // A monitor only records: Electron still handles the crash as it would.
  process.on('uncaughtExceptionMonitor', (error) => write('error', `Uncaught: ${describeError(error)}`));
  write('info', `Chairside ${app.getVersion()} starting (Electron ${process.versions.electron}, ${type()} ${arch()})`);
  return {
    logger: createRedactingLogger(write),
    write,
    logPath,
    observe: (core) => {
      const dispatch: Core['dispatch'] = (channel, input, ctx) => core.dispatch(channel, input, ctx);
      return { ...core, dispatch: logCalls(dispatch, write, isIpcChannel) };
    },
    copy: async (core, nativeBinding, parent) => {
      const text = diagnosticsText(await gather(core, nativeBinding, logPath));
      await clipboard.writeText(text);
      const box = { type: 'info' as const, message: 'Diagnostics copied to the clipboard', detail: text };
      await (parent ? dialog.showMessageBox(parent, box) : dialog.showMessageBox(box));
    },
  };
}
