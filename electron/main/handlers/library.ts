import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createLibraryService } from '../services/library';
import { createLibraryOverridesService } from '../services/library-overrides';

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

export function libraryHandlers(deps: CoreDeps): Pick<Handlers, LibraryChannels> {
  const library = createLibraryService(deps);
  const overrides = createLibraryOverridesService(deps);
  return {
    'library:info': () => library.info(),
    'library:search': (input) => library.search(input),
    'library:get-drug': ({ id }) => library.getDrug(id),
    'library:get-regimen': (input) => library.getRegimen(input),
    'library:get-car-t': (input) => library.getCarT(input),
    'library:get-ctcae-term': ({ meddraCode }) => library.getCtcaeTerm(meddraCode),
    'library:list-overrides': () => overrides.list(),
    'library:save-override': (input, ctx) => overrides.save(input, ctx),
    'library:remove-override': (input, ctx) => overrides.remove(input, ctx),
    'library:save-center-regimen': (input, ctx) => overrides.saveCenterRegimen(input, ctx),
  };
}
