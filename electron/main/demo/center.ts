import type { IpcInput } from '../../../shared/ipc/contract';
import { addDays, weekdayOf } from '../../../shared/center/calendar';
import type { Core } from '../core/create-core';
import { demoCall } from './dispatch';

// A demo center: 16 chairs and 4 beds by default, open Monday to Friday 08:00–18:00 (a center setting chosen for the
// demo, not a clinical fact), six fictional nurses with staggered weekly shifts and two closures.

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const WEEKDAYS = [1, 2, 3, 4, 5];

const NURSES: Array<{ displayName: string; initials: string; start: number; end: number; days?: number[] }> = [
  { displayName: 'Avery Quillfeather', initials: 'AQ', start: h(7, 30), end: h(15, 30) },
  { displayName: 'Bastien Larkspurre', initials: 'BL', start: h(8), end: h(16) },
  { displayName: 'Cora Nettlewhistle', initials: 'CN', start: h(8), end: h(16) },
  { displayName: 'Dorian Esterlune', initials: 'DE', start: h(9), end: h(17) },
  { displayName: 'Elsa Marbleton', initials: 'EM', start: h(10), end: h(18) },
  { displayName: 'Faris Valmorenne', initials: 'FV', start: h(10), end: h(18), days: [1, 3, 5] },
];

export interface DemoCenter {
  chairIds: string[];
  nurseIds: string[];
  closures: string[];
}

/** The next weekday on or after `from` that falls on a weekday the demo center is open. */
function nextOpenDay(from: string): string {
  let day = from;
  while (!WEEKDAYS.includes(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

/** `total` places, one in five a bed (at least one); chairs split between two areas. */
async function seedChairs(core: Pick<Core, 'dispatch'>, total: number): Promise<string[]> {
  const beds = Math.max(1, Math.round(total / 5));
  const seats = total - beds;
  const chairs: Array<IpcInput<'center:save-chair'>> = [
    ...Array.from({ length: seats }, (_, i) => ({
      name: `Chair ${i + 1}`,
      area: i < seats / 2 ? 'North' : 'South',
      kind: 'chair' as const,
    })),
    ...Array.from({ length: beds }, (_, i) => ({ name: `Bed ${i + 1}`, area: 'Quiet room', kind: 'bed' as const })),
  ];
  const ids: string[] = [];
  for (const [i, chair] of chairs.entries())
    ids.push((await demoCall(core, 'center:save-chair', { ...chair, sortOrder: i })).id);
  return ids;
}

export interface SeedCenterOptions {
  /** The demo's "today": closures are placed after it. */
  today: string;
  /** Chairs and beds together (20 by default, 4 of them beds). */
  chairs?: number;
}

/** Sets up the demo center on a fresh database (chair names must not exist yet). */
export async function seedCenter(core: Pick<Core, 'dispatch'>, options: SeedCenterOptions): Promise<DemoCenter> {
  const chairIds = await seedChairs(core, Math.min(500, Math.max(2, options.chairs ?? 20)));
  await demoCall(core, 'center:save-hours', {
    days: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      isClosed: !WEEKDAYS.includes(weekday),
      openMinute: h(8),
      closeMinute: h(18),
    })),
  });
  const nurseIds: string[] = [];
  for (const n of NURSES) {
    const { id } = await demoCall(core, 'center:save-nurse', { displayName: n.displayName, initials: n.initials });
    const shifts = (n.days ?? WEEKDAYS).map((weekday) => ({ weekday, startMinute: n.start, endMinute: n.end }));
    await demoCall(core, 'center:save-shifts', { nurseId: id, shifts });
    nurseIds.push(id);
  }
  const closures = [nextOpenDay(addDays(options.today, 10)), nextOpenDay(addDays(options.today, 24))];
  await demoCall(core, 'center:save-closure', { date: closures[0]!, reason: 'Staff training day (demo)' });
  await demoCall(core, 'center:save-closure', { date: closures[1]!, reason: 'Public holiday (demo)' });
  return { chairIds, nurseIds, closures };
}
