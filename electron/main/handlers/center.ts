import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { getCenterSetup } from '../services/center/center';
import { createCenterPlacesService } from '../services/center/center-places';
import { createCenterStaffService } from '../services/center/center-staff';
import { createInjectionPlacesService } from '../services/center/injection-places';
import { createCarTProtocolService } from '../services/center/car-t-protocol';
import { clinicToday } from '../services/center/clinic-clock';

type CenterChannels =
  | 'center:get-setup'
  | 'center:save-chair'
  | 'center:save-injection-place'
  | 'center:save-hours'
  | 'center:save-closure'
  | 'center:delete-closure'
  | 'center:save-nurse'
  | 'center:save-shifts'
  | 'center:save-shift-override'
  | 'center:delete-shift-override'
  | 'center:save-limits'
  | 'center:car-t-protocols'
  | 'center:save-car-t-protocol';

export function centerHandlers(deps: CoreDeps): Pick<Handlers, CenterChannels> {
  const places = createCenterPlacesService(deps);
  const staff = createCenterStaffService(deps);
  const injection = createInjectionPlacesService(deps);
  const carT = createCarTProtocolService(deps);
  return {
    'center:get-setup': () => getCenterSetup(deps.store.db, clinicToday(deps)),
    'center:save-chair': (input, ctx) => places.saveChair(input, ctx),
    'center:save-injection-place': (input, ctx) => injection.save(input, ctx),
    'center:save-hours': ({ days }, ctx) => places.saveHours(days, ctx),
    'center:save-closure': (input, ctx) => places.saveClosure(input, ctx),
    'center:delete-closure': ({ date }, ctx) => places.deleteClosure(date, ctx),
    'center:save-nurse': (input, ctx) => staff.saveNurse(input, ctx),
    'center:save-shifts': ({ nurseId, shifts }, ctx) => staff.saveShifts(nurseId, shifts, ctx),
    'center:save-shift-override': (input, ctx) => staff.saveOverride(input, ctx),
    'center:delete-shift-override': ({ date, nurseId }, ctx) => staff.deleteOverride(date, nurseId, ctx),
    'center:save-limits': (input, ctx) => places.saveLimits(input, ctx),
    'center:car-t-protocols': () => carT.list(),
    'center:save-car-t-protocol': (input, ctx) => carT.save(input, ctx),
  };
}
