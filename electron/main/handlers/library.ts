import type { CoreDeps } from '../core/deps';
import type { Handlers, RequestContext } from '../core/router';
import { createLibraryService } from '../services/library/library';
import { createLibraryOverridesService } from '../services/library/library-overrides';
import { requireRole } from '../services/auth/users';

type LibraryChannels =
  | 'library:info'
  | 'library:search'
  | 'library:get-drug'
  | 'library:get-regimen'
  | 'library:get-car-t'
  | 'library:get-ctcae-term'
  | 'library:list-overrides'
  | 'library:save-override'
  | 'library:remove-override'
  | 'library:save-center-regimen';

// Every signed-in user reads the library; changing the center's values is for charge nurses and
// administrators (anyone in setup mode, before accounts exist), like the other center-wide decisions.

export function libraryHandlers(deps: CoreDeps): Pick<Handlers, LibraryChannels> {
  const library = createLibraryService(deps);
  const overrides = createLibraryOverridesService(deps);
  const mayChange = async (ctx: RequestContext) => {
    if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['admin', 'charge-nurse']);
  };
  return {
    'library:info': () => library.info(),
    'library:search': (input) => library.search(input),
    'library:get-drug': ({ id }) => library.getDrug(id),
    'library:get-regimen': (input) => library.getRegimen(input),
    'library:get-car-t': (input) => library.getCarT(input),
    'library:get-ctcae-term': ({ meddraCode }) => library.getCtcaeTerm(meddraCode),
    'library:list-overrides': () => overrides.list(),
    'library:save-override': async (input, ctx) => {
      await mayChange(ctx);
      return overrides.save(input, ctx);
    },
    'library:remove-override': async (input, ctx) => {
      await mayChange(ctx);
      return overrides.remove(input, ctx);
    },
    'library:save-center-regimen': async (input, ctx) => {
      await mayChange(ctx);
      return overrides.saveCenterRegimen(input, ctx);
    },
  };
}
