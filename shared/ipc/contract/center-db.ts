import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { empty } from '../schemas';

// Settings › Center database: which database this workstation opens (its own SQLite file, or the center's
// PostgreSQL server), a connection test that names what failed, and the saved setting. Reading the status is for
// charge nurses and administrators; testing, saving and going back to the workstation's file are for an
// administrator (checked in the service). The password is never sent back.

/** Where the database setting of this run came from, strongest first (electron/main/paths.ts). */
export const DATABASE_SETTING_SOURCES = ['command-line', 'environment', 'saved', 'default'] as const;
export type DatabaseSettingSource = (typeof DATABASE_SETTING_SOURCES)[number];

/** Why a connection test failed: one stable key each, worded by the screen in the reader's language. */
export const CENTER_DB_FAILURES = [
  'bad-url',
  'password-in-url',
  'tls-required',
  'unreachable',
  'tls',
  'authentication',
  'database-missing',
  'timeout',
  'other',
] as const;
export type CenterDbFailure = (typeof CENTER_DB_FAILURES)[number];

/** The center database's schema against this version of Chairside. */
export const CENTER_SCHEMA_STATES = ['current', 'empty', 'older', 'newer'] as const;
/** The center key given with the test, against the check value the database keeps. */
export const CENTER_KEY_STATES = ['not-given', 'matches', 'differs', 'not-set-up', 'invalid'] as const;

export const centerDbStatus = z.object({
  mode: z.enum(['embedded', 'center']),
  /** The file path, or host:port/database (never a password). */
  label: z.string(),
  source: z.enum(DATABASE_SETTING_SOURCES),
  /** The postgres:// URL saved for this workstation (it never holds a password), if any. */
  savedUrl: z.string().nullable(),
  passwordSaved: z.boolean(),
  centerKeySaved: z.boolean(),
  /** False when the OS offers no protected keystore: nothing can be saved then. */
  keystoreSecure: z.boolean(),
});
export type CenterDbStatus = z.infer<typeof centerDbStatus>;

const url = z.string().trim().min(1, 'Required').max(2000, 'At most 2000 characters');
// Optional secrets: an empty field means none (a server that trusts this machine needs no password).
const secret = z.string().max(1000, 'At most 1000 characters').optional();

export const centerDbTestInput = z.object({ url, password: secret, centerKey: secret }).strict();
export const centerDbSaveInput = z
  .object({ url, password: secret, centerKey: z.string().trim().min(1, 'Required').max(200, 'At most 200 characters') })
  .strict();

export const centerDbTestResult = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    label: z.string(),
    schema: z.object({
      state: z.enum(CENTER_SCHEMA_STATES),
      /** Updates center:migrate would run (older, empty). */
      pending: z.number().int(),
      /** The command IT runs, with this URL (older, empty). */
      command: z.string(),
    }),
    centerKey: z.enum(CENTER_KEY_STATES),
    /** True when the app could start on this database with this key: current schema, matching key. */
    usable: z.boolean(),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(CENTER_DB_FAILURES),
    params: z.object({ host: z.string(), detail: z.string() }),
    /** The English sentence, for the log and the command line. */
    message: z.string(),
  }),
]);
export type CenterDbTestResult = z.infer<typeof centerDbTestResult>;

export const centerDbSaveResult = z.discriminatedUnion('saved', [
  z.object({
    saved: z.literal(true),
    label: z.string(),
    /** The stronger setting this run came from (--db, CHAIRSIDE_DB), which will still win after a restart. */
    overriddenBy: z.enum(['command-line', 'environment']).nullable(),
  }),
  /** The test made inside the save did not pass: nothing was saved. */
  z.object({ saved: z.literal(false), test: centerDbTestResult }),
]);
export type CenterDbSaveResult = z.infer<typeof centerDbSaveResult>;

export const centerDbChannels = {
  'center-db:status': { input: empty, output: centerDbStatus, access: 'manage' },
  'center-db:test': { input: centerDbTestInput, output: centerDbTestResult, access: 'manage' },
  'center-db:save': { input: centerDbSaveInput, output: centerDbSaveResult, access: 'manage' },
  'center-db:use-local': {
    input: empty,
    output: z.object({
      cleared: z.boolean(),
      overriddenBy: z.enum(['command-line', 'environment']).nullable(),
    }),
    access: 'manage',
  },
} satisfies Record<string, ChannelSpec>;
