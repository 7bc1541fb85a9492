import type { InjectionPlace } from '../../../shared/ipc/contract/injection';
import { injectionSeatId, seatsOf } from '../../../shared/schedule/injection-seats';
import { listChairs } from './center';
import type { Executor } from '../services/audit/audit';
import type { InjectionPlaceRow } from '../store/schema';
import { IS_LIVE } from './appointments';

// SQL for injection places and their row ↔ domain mapping.

const toPlace = (r: InjectionPlaceRow): InjectionPlace => ({
  id: r.id,
  name: r.name,
  capacity: r.capacity,
  active: r.active === 1,
  sortOrder: r.sort_order,
});

export async function listInjectionPlaces(db: Executor): Promise<InjectionPlace[]> {
  const rows = await db.selectFrom('injection_place').selectAll().orderBy('sort_order').orderBy('name').execute();
  return rows.map(toPlace);
}

export async function findInjectionPlace(db: Executor, id: string): Promise<InjectionPlace | null> {
  const row = await db.selectFrom('injection_place').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPlace(row) : null;
}

/** Names compare case-blind, as a nurse reads them on the day view. */
export async function findInjectionPlaceIdByName(db: Executor, name: string): Promise<string | null> {
  const places = await db.selectFrom('injection_place').select(['id', 'name']).execute();
  return places.find((p) => p.name.toLowerCase() === name.trim().toLowerCase())?.id ?? null;
}

export async function nextInjectionSortOrder(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('injection_place')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .executeTakeFirst();
  return Math.min(9999, (row?.max ?? -1) + 1);
}

export async function upsertInjectionPlace(db: Executor, p: InjectionPlace): Promise<void> {
  const values = { name: p.name, capacity: p.capacity, active: p.active ? 1 : 0, sort_order: p.sortOrder };
  await db
    .insertInto('injection_place')
    .values({ id: p.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

/** How many live visits from `fromDate` on sit on the place's seats numbered above `capacity`. */
export async function liveVisitsAboveSeat(
  db: Executor,
  placeId: string,
  oldCapacity: number,
  capacity: number,
  fromDate: string,
): Promise<number> {
  const seats = [];
  for (let seat = capacity + 1; seat <= oldCapacity; seat++) seats.push(injectionSeatId(placeId, seat));
  if (seats.length === 0) return 0;
  const row = await db
    .selectFrom('appointment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chair_id', 'in', seats)
    .where('date', '>=', fromDate)
    .where(IS_LIVE)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Every place a visit can sit, chairs then injection seats, so a screen never shows a seat's id for its name. */
export async function listPlaceNames(db: Executor): Promise<{ id: string; name: string }[]> {
  const chairs = await listChairs(db);
  const seats = (await listInjectionPlaces(db)).flatMap(seatsOf);
  return [...chairs, ...seats].map((p) => ({ id: p.id, name: p.name }));
}
