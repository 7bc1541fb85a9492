// An injection place that takes N patients at once is booked as N seats, one patient each, so the same
// one-patient-per-seat overlap rule that guards infusion chairs guards the room. A seat's id is the place's
// id and its number; it is what the appointment's chair column holds.

export interface InjectionPlaceLike {
  id: string;
  name: string;
  capacity: number;
  active: boolean;
}

export interface InjectionSeat {
  id: string;
  placeId: string;
  /** "Injection room 2": the place's name, with the seat number when it has more than one. */
  name: string;
  seat: number;
  active: boolean;
}

const SEPARATOR = '#';

export function injectionSeatId(placeId: string, seat: number): string {
  return `${placeId}${SEPARATOR}${seat}`;
}

/** The place and seat number of a seat id, or null for an infusion chair's id. */
export function parseInjectionSeatId(id: string): { placeId: string; seat: number } | null {
  const at = id.lastIndexOf(SEPARATOR);
  if (at <= 0) return null;
  const seat = Number(id.slice(at + 1));
  return Number.isInteger(seat) && seat >= 1 ? { placeId: id.slice(0, at), seat } : null;
}

export function seatsOf(place: InjectionPlaceLike): InjectionSeat[] {
  return Array.from({ length: place.capacity }, (_, i) => ({
    id: injectionSeatId(place.id, i + 1),
    placeId: place.id,
    name: place.capacity === 1 ? place.name : `${place.name} ${i + 1}`,
    seat: i + 1,
    active: place.active,
  }));
}
