import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import log from 'electron-log/node';
import type { LogWrite } from './redact';

// The app's log: electron-log's file transport in <userData>/logs/chairside.log, owner-only, rotated at 1 MB
// keeping five older files (chairside.1.log newest … chairside.5.log), so a workstation that runs for years
// keeps a few weeks of history in at most 6 MB. electron-log's Node entry is used (not /main): only the file
// is needed, no IPC from the renderer, which has no logging channel at all. Lines arrive already redacted
// (diagnostics/redact.ts); nothing else writes here.

export const LOG_FILE = 'chairside.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_ARCHIVES = 5;

/** Shifts chairside.log → chairside.1.log → … → chairside.<keep>.log, dropping the oldest. */
export function rotateLogs(file: string, keep: number = LOG_ARCHIVES): void {
  const { dir, name, ext } = parse(file);
  const archive = (n: number) => join(dir, `${name}.${n}${ext}`);
  rmSync(archive(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) if (existsSync(archive(n))) renameSync(archive(n), archive(n + 1));
  renameSync(file, archive(1));
}

export interface FileLog {
  path: string;
  write: LogWrite;
}

export function startFileLog(userData: string, options: { console: boolean; maxBytes?: number }): FileLog {
  const path = join(userData, 'logs', LOG_FILE);
  const file = log.transports.file;
  file.resolvePathFn = () => path;
  file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  file.archiveLogFn = (old) => rotateLogs(old.path);
  file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}{z}] [{level}] {text}';
  log.transports.console.level = options.console ? 'info' : false;
  return { path, write: (level, line) => log[level](line) };
}
