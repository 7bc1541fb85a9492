import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createDrugReadinessService } from '../services/schedule/drug-readiness';
import { recordRead } from '../services/audit/read-audit';

type PharmacyChannel = Extract<keyof Handlers, `pharmacy:${string}`>;

export function pharmacyHandlers(deps: CoreDeps): Pick<Handlers, PharmacyChannel> {
  const readiness = createDrugReadinessService(deps);
  return {
    // The list names every patient of the day with their drugs: reading it is audited like the day view.
    'pharmacy:day': async (input, ctx) => {
      const day = await readiness.day(input.date);
      const detail = { items: day.items.length };
      await recordRead(deps, ctx, { objectType: 'schedule', objectId: input.date, view: 'pharmacy', detail });
      return day;
    },
    'pharmacy:advance': (input, ctx) => readiness.advance(input.appointmentId, input.step, ctx),
  };
}
