import { isAbsolute, resolve } from 'node:path';
import { StoreError } from './errors';

// The database setting: a file path (the embedded SQLite store, one workstation) or a postgres:// URL (a
// center's PostgreSQL server, every workstation). Given by --db, CHAIRSIDE_DB or the app's own default.

export type DatabaseLocation =
  | { kind: 'sqlite'; path: string }
  | {
      kind: 'postgres';
      /** The URL as given, without a password (the password comes from the keystore or the environment). */
      url: string;
      /** "host:port/database": how messages name the center database (never with a password). */
      label: string;
    };

const POSTGRES = /^postgres(ql)?:\/\//i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '']);

export const isPostgresUrl = (value: string): boolean => POSTGRES.test(value);

/** "host:port/database" of a center database URL, without credentials; '' for a value that is no URL. */
export function databaseAddress(value: string): string {
  try {
    const url = new URL(value.replace(POSTGRES, 'http://'));
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return '';
  }
}

/** What a message says for the database: the file path, or the center database without credentials. */
export function databaseLabel(value: string): string {
  if (!isPostgresUrl(value)) return value;
  const address = databaseAddress(value);
  return address ? `the center database ${address}` : 'the center database';
}

/** "host:port" of a center database URL (what a failure names), or '' for a value that is no URL. */
export function serverAddress(value: string): string {
  try {
    const url = new URL(value.replace(POSTGRES, 'http://'));
    return `${url.hostname}:${url.port || '5432'}`;
  } catch {
    return '';
  }
}

/** Why a setting is refused before any connection is tried (the first three reasons of CENTER_DB_FAILURES). */
export type SettingRefusal = { reason: 'bad-url' | 'password-in-url' | 'tls-required'; message: string };

function urlRefusal(url: URL): SettingRefusal | null {
  if (url.password) {
    return {
      reason: 'password-in-url',
      message:
        'The center database URL contains a password. Remove it from the URL: set CHAIRSIDE_DB_PASSWORD ' +
        '(headless) or enter it in Settings › Center database (kept in the system keystore).',
    };
  }
  if (url.pathname.length <= 1)
    return { reason: 'bad-url', message: 'The center database URL names no database (postgres://host/DATABASE).' };
  const sslmode = url.searchParams.get('sslmode');
  if (!LOOPBACK.has(url.hostname) && sslmode !== 'verify-full') {
    return {
      reason: 'tls-required',
      message:
        `The center database ${url.hostname} is reached over the network, so Chairside requires TLS that checks the ` +
        "server: add sslmode=verify-full (and sslrootcert=PATH for the hospital's certificate authority) to the URL.",
    };
  }
  return null;
}

/** A center database URL checked without connecting: its location, or why it is refused. */
export function checkCenterUrl(
  value: string,
): { location: Extract<DatabaseLocation, { kind: 'postgres' }> } | { refusal: SettingRefusal } {
  if (!isPostgresUrl(value))
    return { refusal: { reason: 'bad-url', message: 'A center database URL starts with postgres://.' } };
  let url: URL;
  try {
    url = new URL(value.replace(POSTGRES, 'http://'));
  } catch {
    return { refusal: { reason: 'bad-url', message: 'The center database setting is not a valid postgres:// URL.' } };
  }
  const refusal = urlRefusal(url);
  return refusal ? { refusal } : { location: { kind: 'postgres', url: value, label: databaseLabel(value) } };
}

/**
 * Reads the setting. A URL must not carry a password (it would sit in plain text in a shortcut or a log:
 * CHAIRSIDE_DB_PASSWORD or the app's keystore holds it), and a server that is not this machine is reached
 * only over TLS that checks the server's certificate and name (sslmode=verify-full, with sslrootcert for a
 * hospital CA).
 */
export function parseDatabaseSetting(value: string, cwd = process.cwd()): DatabaseLocation {
  if (!isPostgresUrl(value)) return { kind: 'sqlite', path: isAbsolute(value) ? value : resolve(cwd, value) };
  const checked = checkCenterUrl(value);
  if ('refusal' in checked) throw new StoreError('open-failed', checked.refusal.message);
  return checked.location;
}
