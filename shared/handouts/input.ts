import { z } from 'zod';
import { isValidTimeZone } from './format';
import type { HandoutLibrary } from './schema';
import { CAR_T_SHEET_ID, localeSchema } from './schema';

// What a caller asks to print. Everything except the content library can cross IPC, so it has a schema.

const timeZoneSchema = z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone, e.g. Europe/Paris' });
const line = (max: number) => z.string().trim().min(1).max(max);

export const appointmentSchema = z.strictObject({
  /** An instant with its offset, e.g. 2025-12-09T14:30:00+01:00 or …Z. */
  start: z.iso.datetime({ offset: true }),
  /** Zone to show the time in; defaults to the request's timeZone, then to the printing machine's zone. */
  timeZone: timeZoneSchema.optional(),
});
export type HandoutAppointment = z.infer<typeof appointmentSchema>;

export const handoutRequestSchema = z.strictObject({
  locale: localeSchema,
  /** One drug or regimen sheet, or the CAR T sheet ("car-t"); several print one after the other. */
  sheets: z.array(z.string().min(1)).min(1).max(4),
  patient: z.strictObject({ displayName: line(300) }),
  /** The regimen as the team names it (free text); empty prints nothing. */
  regimenName: z.string().trim().max(300),
  nextAppointments: z.array(appointmentSchema).max(3),
  center: z.strictObject({ name: line(200), phone24h: line(40) }),
  carT: z
    .strictObject({
      productId: z.string().min(1),
      infusionDate: z.iso.date(),
    })
    .optional(),
  printedAt: z.iso.datetime({ offset: true }),
  /** Zone for the printed date (and appointments without their own zone). */
  timeZone: timeZoneSchema.optional(),
  sheetVersion: line(40),
  /** Default: A4 for French, Letter for English. */
  paper: z.enum(['A4', 'Letter']).optional(),
  /** Append the wallet card (front and back, with cut marks) on its own page. */
  includeWalletCard: z.boolean().optional(),
});
export type HandoutRequest = z.infer<typeof handoutRequestSchema>;

export type HandoutRenderInput = HandoutRequest & { content: HandoutLibrary };

export class HandoutInputError extends Error {
  readonly code = 'HANDOUT_INPUT_INVALID';
  constructor(readonly issues: readonly string[]) {
    super(`Cannot print the handout: ${issues.join('; ')}`);
    this.name = 'HandoutInputError';
  }
}

/** Validates the request part of the input and checks sheet and product ids against the library. */
export function parseRenderInput(input: HandoutRenderInput): HandoutRenderInput {
  const { content, ...request } = input;
  const parsed = handoutRequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new HandoutInputError(parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`));
  }
  const issues = checkIds(parsed.data, content);
  if (issues.length > 0) throw new HandoutInputError(issues);
  return { ...parsed.data, content };
}

function checkIds(request: HandoutRequest, content: HandoutLibrary): string[] {
  const { facts } = content;
  const known = new Set([...facts.checkpointDrugs, ...facts.checkpointRegimens].map((d) => d.id));
  const issues: string[] = [];
  for (const id of request.sheets) {
    if (id !== CAR_T_SHEET_ID && !known.has(id)) issues.push(`sheets: unknown sheet id "${id}"`);
  }
  if (request.sheets.includes(CAR_T_SHEET_ID)) {
    if (!request.carT) issues.push('carT: required for the CAR T sheet');
    else if (!facts.carT.products.some((p) => p.id === request.carT?.productId)) {
      issues.push(`carT.productId: unknown CAR T product "${request.carT.productId}"`);
    }
  }
  return issues;
}
