import { randomUUID } from 'node:crypto';
import type { InjectionPlace, InjectionPlaceInput } from '../../../../shared/ipc/contract/injection';
import { englishCount } from '../../../../shared/text/english';
import type { CoreDeps } from '../../core/deps';
import { notFound, refusal } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findChairIdByName } from '../../repositories/center';
import * as repo from '../../repositories/injection-places';
import { diffFields } from '../audit/audit-diff';
import { clinicToday } from './clinic-clock';
import type { Executor } from '../audit/audit';

// Injection places: validated, written and audited in one transaction, so a refused save changes nothing.

async function checkName(trx: Executor, input: InjectionPlaceInput): Promise<void> {
  const clash = await repo.findInjectionPlaceIdByName(trx, input.name);
  // A chair and an injection place with one name would be two rows the nurse cannot tell apart on the day.
  const taken = (clash && clash !== input.id) || (await findChairIdByName(trx, input.name)) !== null;
  if (taken) {
    const message = 'Another injection place or a chair already has this name';
    throw refusal('conflict', 'injection-name-taken', message, { path: 'name' });
  }
}

/** Fewer seats must not strand the visits already booked on the seats that go away. */
async function checkCapacity(trx: Executor, before: InjectionPlace, capacity: number, today: string): Promise<void> {
  if (capacity >= before.capacity) return;
  const stranded = await repo.liveVisitsAboveSeat(trx, before.id, before.capacity, capacity, today);
  if (stranded === 0) return;
  const message = `${englishCount(stranded, 'booked visit')} would lose their place: move them first, or keep the capacity`;
  throw refusal('conflict', 'injection-capacity-in-use', message, { path: 'capacity', params: { count: stranded } });
}

export function createInjectionPlacesService(deps: CoreDeps) {
  async function save(input: InjectionPlaceInput, ctx: RequestContext): Promise<InjectionPlace> {
    return deps.write(ctx, async (trx, { audit }) => {
      const before = input.id ? await repo.findInjectionPlace(trx, input.id) : null;
      if (input.id && !before) throw notFound('injection-place-not-found', 'The injection place');
      await checkName(trx, input);
      if (before) await checkCapacity(trx, before, input.capacity, clinicToday(deps));
      const sortOrder = input.sortOrder ?? before?.sortOrder ?? (await repo.nextInjectionSortOrder(trx));
      const after: InjectionPlace = { ...input, id: before?.id ?? randomUUID(), sortOrder };
      const diff = diffFields(before, after);
      if (before && diff.changed.length === 0) return before;
      await repo.upsertInjectionPlace(trx, after);
      await audit({
        action: before ? 'update' : 'create',
        objectType: 'injection_place',
        objectId: after.id,
        detail: diff,
      });
      return after;
    });
  }

  return { save };
}
