import type { IpcInput } from '../../../shared/ipc/contract';
import { addDays } from '../../../shared/center/calendar';
import type { Core } from '../core/create-core';
import { demoCall } from './dispatch';
import { seededRandom } from './random';

// Fictional people only. The family names are invented words, the MRNs say DEMO, phone numbers use the
// 555-01xx range reserved for fiction: nothing here can be mistaken for a real patient.

const FAMILY_NAMES = [
  'Quillfeather',
  'Brindlewick',
  'Castellune',
  'Dorvalisse',
  'Fennimoor',
  'Glimmerton',
  'Hollowbrook',
  'Ivorydale',
  'Juniperson',
  'Kestrelmoor',
  'Larkspurre',
  'Marbleton',
  'Nettlewhistle',
  'Oakenshawe',
  'Pebbleworth',
  'Quenouillard',
  'Rosmarinier',
  'Saulegrive',
  'Tournesolle',
  'Valmorenne',
  'Willowmere',
  'Zephyrelle',
  'Ambrevielle',
  'Bellecourbe',
  'Clairmoulinet',
  'Duvergeonne',
  'Esterlune',
  'Fougerolle-Démo',
  'Grisemontel',
  'Hautepierrot',
] as const;
const FEMALE = [
  'Élodie',
  'Chloé',
  'Hélène',
  'Aïcha',
  'Gaëlle',
  'Noor',
  'Inès',
  'Mireille',
  'Yasmin',
  'Beatrix',
  'Sofía',
  'Zoé',
  'Ingrid',
  'Colette',
  'Fiona',
] as const;
const MALE = [
  'Marc',
  'Otto',
  'Samir',
  'Benoît',
  'Liam',
  'Padraig',
  'Jonah',
  'Tomasz',
  'Rémi',
  'Kwame',
  'Théo',
  'Malik',
  'Arjun',
  'Dmitri',
  'Lucien',
] as const;
const ALLERGIES = [
  null,
  'No known allergies',
  'No known allergies',
  'No known allergies',
  'Penicillin (rash)',
  'Iodinated contrast (hives)',
  'Latex',
  'Sulfonamides (rash); shellfish',
] as const;

export interface SeedPatientsOptions {
  /** How many patients (about 120 for the demo; thousands for benchmarks). */
  count?: number;
  /** The demo's "today": birth dates and weight dates are placed before it. */
  today: string;
  seed?: number;
}

export function demoPatient(
  index: number,
  today: string,
  random: ReturnType<typeof seededRandom>,
): IpcInput<'patients:create'> {
  const sex = random.chance(0.02) ? 'other' : random.chance(0.5) ? 'female' : 'male';
  const givenName = random.pick(sex === 'male' ? MALE : sex === 'female' ? FEMALE : [...FEMALE, ...MALE]);
  const birthYear = Number(today.slice(0, 4)) - random.int(19, 88);
  const measuredOn = addDays(today, -random.int(0, 45));
  const hasHeight = random.chance(0.85);
  return {
    mrn: `DEMO-${String(index).padStart(6, '0')}`,
    familyName: random.pick(FAMILY_NAMES),
    givenName,
    birthDate: `${birthYear}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    sex,
    weightKg: Math.round((sex === 'male' ? 62 : 48) * 10 + random.int(0, 700)) / 10,
    weightMeasuredOn: measuredOn,
    heightCm: hasHeight ? random.int(sex === 'male' ? 160 : 148, sex === 'male' ? 196 : 182) : null,
    heightMeasuredOn: hasHeight ? measuredOn : null,
    allergies: random.pick(ALLERGIES),
    preferredLanguage: random.chance(0.4) ? 'fr' : 'en',
    phone: `+1 514 555 01${String(random.int(0, 99)).padStart(2, '0')}`,
    notes: random.chance(0.1) ? 'Fictional demo patient. Prefers a bed near the window.' : '',
    preferredWindow: random.pick(['any', 'any', 'morning', 'afternoon'] as const),
  };
}

/** Creates fictional patients DEMO-000001 … through the real channels; returns their ids in MRN order. */
export async function seedPatients(core: Pick<Core, 'dispatch'>, options: SeedPatientsOptions): Promise<string[]> {
  const random = seededRandom(options.seed ?? 4242);
  const ids: string[] = [];
  for (let i = 1; i <= (options.count ?? 120); i += 1) {
    ids.push((await demoCall(core, 'patients:create', demoPatient(i, options.today, random))).id);
  }
  return ids;
}
