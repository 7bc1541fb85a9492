import { join } from 'node:path';
import { clinicalLibrary, findResourcesDir } from '../../electron/main/core/resources';
import { loadHandoutContent } from '../../electron/main/handouts/load-handouts';
import { listSheetIds } from '../../shared/handouts/consistency';
import type { HandoutRenderInput } from '../../shared/handouts/input';
import type { HandoutLibrary, HandoutLocale, UrgentSection } from '../../shared/handouts/schema';
import { CAR_T_SHEET_ID } from '../../shared/handouts/schema';

// Builders for handout tests: the real content from resources/handouts (loaded once), and a render input
// with a patient whose name needs escaping and accents.

export const HANDOUTS_DIR = join(import.meta.dirname, '..', '..', 'resources', 'handouts');

let cached: HandoutLibrary | undefined;

export function handoutLibrary(): HandoutLibrary {
  cached ??= loadHandoutContent(HANDOUTS_DIR, clinicalLibrary(findResourcesDir()));
  return cached;
}

export const PATIENT_NAME = "Éloïse O'Brien-Lefèvre";

export function makeHandoutInput(overrides: Partial<HandoutRenderInput> = {}): HandoutRenderInput {
  const sheets = overrides.sheets ?? ['pembrolizumab'];
  return {
    locale: 'en',
    sheets,
    content: handoutLibrary(),
    patient: { displayName: PATIENT_NAME },
    regimenName: 'Pembrolizumab 200 mg every 3 weeks',
    nextAppointments: [
      { start: '2025-12-09T13:30:00Z', timeZone: 'Europe/Paris' },
      { start: '2025-12-30T08:15:00Z', timeZone: 'Europe/Paris' },
    ],
    center: { name: 'Hôpital de jour d’oncologie', phone24h: '+33 1 23 45 67 89' },
    ...(sheets.includes(CAR_T_SHEET_ID) ? { carT: { productId: 'tisagenlecleucel', infusionDate: '2025-12-01' } } : {}),
    printedAt: '2025-11-27T10:00:00Z',
    timeZone: 'Europe/Paris',
    sheetVersion: '2025.11-1',
    ...overrides,
  };
}

/** Every printable sheet id, for table-driven tests. */
export function allSheetIds(): string[] {
  return listSheetIds(handoutLibrary().facts);
}

/** The sheet's call-right-away section in a locale. */
export function urgentSection(locale: HandoutLocale, sheetId: string): UrgentSection {
  const texts = handoutLibrary().locales[locale];
  const sections = sheetId === CAR_T_SHEET_ID ? texts.carT.sections : texts.checkpointClass.sections;
  const urgent = sections.find((s): s is UrgentSection => s.kind === 'urgent');
  if (!urgent) throw new Error(`no urgent section for ${sheetId} in ${locale}`);
  return urgent;
}

/** Every warning sign a patient must see, as printed (group items). */
export function urgentItems(locale: HandoutLocale, sheetId: string): string[] {
  return urgentSection(locale, sheetId).groups.flatMap((g) => g.items);
}

/** Same escaping as the renderer, to look for data text inside HTML. */
export function asHtmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
