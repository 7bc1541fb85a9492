import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { empty, isoDateTime } from '../schemas';
import { auditChainReport } from './audit';

// Backups of the (encrypted) database: daily and on quit by default, "Back up now", and a restore that
// verifies the file before it is swapped in at the next start. Plus the downtime printout.

export const BACKUP_REASONS = ['manual', 'scheduled', 'quit'] as const;

export const backupInfo = z.object({
  file: z.string(),
  atUtc: isoDateTime,
  bytes: z.number().int(),
  reason: z.enum(BACKUP_REASONS),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupStatus = z.object({
  folder: z.string(),
  /** How many backups are kept (the oldest beyond are removed). */
  keep: z.number().int(),
  everyHours: z.number().int(),
  backups: z.array(backupInfo),
  pendingRestore: z.object({ from: z.string(), stagedAt: isoDateTime }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const backupSettingsInput = z
  .object({
    folder: z.string().trim().min(1).max(500),
    keep: z.number().int().min(1).max(365),
    everyHours: z.number().int().min(1).max(168),
  })
  .partial()
  .strict();

/** A backup is named by its file name in the backup folder, never by a path the renderer makes up. */
export const backupFileName = z
  .string()
  .max(120)
  .regex(/^chairside-[0-9A-Za-z_.-]+\.sqlite3$/, 'Choose a backup from the list');

export const restoreResult = z.object({
  from: z.string(),
  integrity: z.string(),
  /** Schema migrations the backup has (older backups are brought up to date when they are swapped in). */
  migrations: z.number().int(),
  chain: auditChainReport,
  /** Restoring finishes when Chairside starts again. */
  restartNeeded: z.literal(true),
});
export type RestoreResult = z.infer<typeof restoreResult>;

export const downtimeResult = z.object({
  done: z.boolean(),
  appointments: z.number().int(),
  fileName: z.string().nullable(),
});

export const backupChannels = {
  'backup:status': { input: empty, output: backupStatus, access: 'manage' },
  'backup:configure': { input: backupSettingsInput, output: backupStatus, access: 'manage' },
  'backup:now': { input: empty, output: backupInfo, access: 'manage' },
  'backup:restore': { input: z.object({ file: backupFileName }).strict(), output: restoreResult, access: 'manage' },
  // Any signed-in nurse prints the day's downtime sheet (it holds what a nurse sees on the day view).
  'downtime:print': { input: empty, output: downtimeResult },
  'downtime:save': { input: empty, output: downtimeResult },
} satisfies Record<string, ChannelSpec>;
