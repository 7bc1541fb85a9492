import { z } from 'zod';
import { empty, isoDateTime, locale } from '../schemas';
import { paperSize } from './handouts';

export const systemInfo = z.object({
  appName: z.string(),
  appVersion: z.string(),
  databasePath: z.string(),
  schemaVersion: z.string(),
  libraryVersion: z.string().nullable(),
  now: isoDateTime,
  /** The center's IANA time zone: the renderer finds "today" in it (shared/time/clock.ts), as main does. */
  timeZone: z.string(),
});
export type SystemInfo = z.infer<typeof systemInfo>;

/** An absolute URI (scheme and the rest), as FHIR's identifier systems and full URLs need. */
const absoluteUri = z
  .string()
  .trim()
  .max(200)
  .regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'Type an absolute URI such as https://hospital.example/mrn');

export const appSettings = z.object({
  language: locale,
  centerName: z.string().max(120),
  centerPhone24h: z.string().max(40),
  idleLockMinutes: z.number().int().min(1).max(120),
  /** Weight-based doses: a weight older than this many days is not fresh (center policy, default 7). */
  weightMaxAgeDays: z.number().int().min(0).max(90),
  /** Weight-based doses: a change from the plan's weight above this percentage needs the prescriber (default 10). */
  weightMaxChangePercent: z.number().min(1).max(50),
  /** A PIN may start a session, not only unlock one's own (center policy; off by default). */
  pinSignIn: z.boolean(),
  /** FHIR export: the hospital's system URI for its MRNs (Patient.identifier.system); set by the center's IT. */
  fhirMrnSystem: z.string().max(200),
  /** FHIR export: the base URL the Bundle's entries are named under (fullUrl) and our extensions live under. */
  fhirBaseUrl: z.string().max(200),
  /**
   * The paper every sheet and report prints on: the center's printers, not the reader's language (a French
   * sheet in Québec prints on Letter like an English one).
   */
  paperSize,
});
export type AppSettings = z.infer<typeof appSettings>;

export const settingsUpdate = z
  .object({
    language: locale,
    centerName: z.string().trim().max(120),
    centerPhone24h: z
      .string()
      .trim()
      .max(40)
      .regex(/^[+0-9 ().-]*$/, 'Use digits, spaces, +, -, (, ) and . only'),
    idleLockMinutes: z.number().int().min(1).max(120),
    weightMaxAgeDays: z.number().int().min(0).max(90),
    weightMaxChangePercent: z.number().min(1).max(50),
    pinSignIn: z.boolean(),
    fhirMrnSystem: absoluteUri,
    fhirBaseUrl: absoluteUri.refine((v) => !v.endsWith('/'), 'Leave out the final /'),
    paperSize,
  })
  .partial()
  .strict();

export const systemChannels = {
  // Open: the sign-in and lock screens need the app's name and language (no patient data in either).
  'system:info': { input: empty, output: systemInfo, access: 'open' as const },
  'settings:get': { input: empty, output: appSettings, access: 'open' as const },
  'settings:update': { input: settingsUpdate, output: appSettings, access: 'manage' as const },
};
