import type { PlanDose } from '../../../../shared/ipc/contract/plans';
import { conflict } from '../../core/errors';
import type { BookingContext, VisitResource } from './booking-context';
import type { EffectiveLibrary } from '../library/effective-library';

/**
 * A visit whose every drug the library gives subcutaneously (Tecentriq Hybreza, Opdivo Qvantig, Keytruda
 * Qlex) goes to an injection place; anything with an IV drug, or a drug the library does not know, takes an
 * infusion chair.
 */
export function resourceFor(dose: Pick<PlanDose, 'items'>, library: EffectiveLibrary): VisitResource {
  if (dose.items.length === 0) return 'chair';
  const route = (drugId: string) => library.drugs.find((d) => d.id === drugId)?.route;
  return dose.items.every((item) => route(item.drugId) === 'SC') ? 'injection' : 'chair';
}

/** A subcutaneous visit with no injection place to go to is refused, not put on an infusion chair. */
export function checkInjectionSeats(context: BookingContext, resources: readonly VisitResource[]): void {
  if (!resources.includes('injection') || context.hasInjectionSeats) return;
  throw conflict(
    'no-injection-place',
    'Nothing was booked: this plan gives a subcutaneous product and the center has no injection place in service. Add one in Settings › Chairs.',
  );
}
