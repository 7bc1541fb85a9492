import type { IpcInput } from '../../shared/ipc/contract';

// Builders for library tests: a center regimen and override inputs, with overrides for the case at hand.

type CenterRegimen = IpcInput<'library:save-center-regimen'>['regimen'];

/** A center's own pembrolizumab schedule: 200 mg every 3 weeks, 45-minute infusions, a center protocol as source. */
export function makeCenterRegimen(overrides: Partial<CenterRegimen> = {}): CenterRegimen {
  return {
    id: 'center:pembrolizumab-200-q3w-45-min',
    name: 'Pembrolizumab 200 mg every 3 weeks (center: 45-minute infusions)',
    setting: 'Center protocol',
    slot: 'infusion-chair',
    phases: [
      {
        id: 'main',
        label: 'Every 3 weeks',
        intervalDays: 21,
        doses: null,
        items: [
          {
            drugId: 'pembrolizumab',
            dose: { kind: 'flat', mg: 200 },
            order: 1,
            infusionMinutes: { first: 45, subsequent: 45, text: 'Center protocol: 45-minute infusion' },
          },
        ],
      },
    ],
    notes: [],
    sources: [{ title: 'Center protocol IT-12 (test)', kind: 'center' }],
    verification: 'verified',
    unverified: [],
    ...overrides,
  };
}

export function makeOverride(
  overrides: Partial<IpcInput<'library:save-override'>> = {},
): IpcInput<'library:save-override'> {
  return {
    recordKind: 'drug',
    recordId: 'pembrolizumab',
    fieldPath: 'infusionMinutes.first',
    value: 45,
    reason: 'Center policy: first doses over 45 minutes',
    ...overrides,
  };
}
