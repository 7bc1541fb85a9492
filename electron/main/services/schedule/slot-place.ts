import type { IpcIssue } from '../../../../shared/ipc/result';
import { parseInjectionSeatId } from '../../../../shared/schedule/injection-seats';
import { englishCount } from '../../../../shared/text/english';
import type { ClinicDay } from '../../../../shared/scheduling/model';
import { findInjectionPlace } from '../../repositories/injection-places';
import type { Executor } from '../audit/audit';
import type { VisitResource } from './booking-context';

// Where an explicit placement (a move, a dose booked by hand) may sit: an infusion chair, or a seat of an
// injection place. A seat exists only up to the place's capacity, and only a subcutaneous visit goes on one;
// a subcutaneous visit never takes an infusion chair (the same rule as booking, visit-resource.ts).

const PATH = 'chairId';

async function seatIssues(ex: Executor, chairId: string, resource: VisitResource | undefined): Promise<IpcIssue[]> {
  const seat = parseInjectionSeatId(chairId);
  const place = seat ? await findInjectionPlace(ex, seat.placeId) : null;
  if (!seat || !place) return [{ path: PATH, message: 'There is no such chair.', code: 'chair-unknown' }];
  if (seat.seat > place.capacity) {
    const message = `${place.name} takes ${englishCount(place.capacity, 'patient')} at once: there is no seat ${seat.seat}.`;
    // `count` chooses the plural form of the words shown ("1 patient", "2 patients").
    const params = { place: place.name, count: place.capacity };
    return [{ path: PATH, message, code: 'injection-seat-unknown', params }];
  }
  if (!place.active)
    return [{ path: PATH, message: 'This injection place is out of service.', code: 'chair-out-of-service' }];
  if (resource !== 'injection') {
    const message = 'Only a subcutaneous visit goes to an injection place.';
    return [{ path: PATH, message, code: 'injection-seat-sc-only' }];
  }
  return [];
}

/** What is wrong with the place chosen for the visit (`resource`: where the visit's drugs say it goes). */
export async function placeIssues(
  ex: Executor,
  day: ClinicDay,
  chairId: string,
  resource: VisitResource | undefined,
): Promise<IpcIssue[]> {
  const chair = day.chairs.find((c) => c.id === chairId);
  if (!chair) return seatIssues(ex, chairId, resource);
  if (!chair.active) return [{ path: PATH, message: 'This chair is out of service.', code: 'chair-out-of-service' }];
  if (resource === 'injection') {
    const message = 'A subcutaneous visit goes to an injection place, not an infusion chair.';
    return [{ path: PATH, message, code: 'sc-visit-needs-seat' }];
  }
  return [];
}
