import { z } from 'zod';

// The center's own CAR T protocol, per product: what the labels do not give. Chair minutes for a
// lymphodepletion day and for the cell-infusion visit are not in the labels' sourced text, so they are the
// center's to set (empty until then, and booking a CAR T plan is refused naming each missing one). The
// monitoring visit's length is operational. The number of daily monitoring days defaults to the library's
// sourced label value; a center may book more.

/** Each setting booking needs, named once: the refusal and the settings screen use these keys. */
export const CAR_T_SETTINGS = ['ldChairMinutes', 'infusionChairMinutes', 'monitoringVisitMinutes'] as const;
export type CarTSetting = (typeof CAR_T_SETTINGS)[number];

const chairMinutes = z
  .number('Enter a number')
  .int('Whole minutes only')
  .min(5, 'At least 5 minutes')
  .max(720, 'At most 720 minutes')
  .nullable();

export const carTProtocolInput = z
  .object({
    productId: z.string().trim().min(1).max(80),
    ldChairMinutes: chairMinutes,
    infusionChairMinutes: chairMinutes,
    monitoringVisitMinutes: chairMinutes,
    /** Null: the label's value from the library. */
    monitoringDays: z.number('Enter a number').int('Whole days only').min(0).max(28, 'At most 28 days').nullable(),
  })
  .strict();
export type CarTProtocolInput = z.output<typeof carTProtocolInput>;

const source = z.object({ title: z.string(), url: z.string(), effective: z.string().nullable() });

export const carTProtocol = z.object({
  productId: z.string(),
  productName: z.string(),
  ldChairMinutes: z.number().int().nullable(),
  infusionChairMinutes: z.number().int().nullable(),
  monitoringVisitMinutes: z.number().int().nullable(),
  monitoringDays: z.number().int().nullable(),
  /** "Daily monitoring for at least one week": the library's value and where it comes from. */
  labelMonitoringDays: z.number().int(),
  labelMonitoringSources: z.array(source),
  /** The settings booking still needs, in CAR_T_SETTINGS order. */
  missing: z.array(z.enum(CAR_T_SETTINGS)),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CarTProtocol = z.infer<typeof carTProtocol>;

export const carTProtocolChannels = {
  // Read like the rest of center setup (a nurse sees it read-only); only a charge nurse or administrator saves.
  'center:car-t-protocols': { input: z.object({}).strict(), output: z.array(carTProtocol) },
  'center:save-car-t-protocol': { input: carTProtocolInput, output: carTProtocol, access: 'manage' as const },
};
