import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createCenterDbService } from '../services/center-db/center-db';

type CenterDbChannels = 'center-db:status' | 'center-db:test' | 'center-db:save' | 'center-db:use-local';

export function centerDbHandlers(deps: CoreDeps): Pick<Handlers, CenterDbChannels> {
  const centerDb = createCenterDbService(deps);
  return {
    'center-db:status': () => centerDb.status(),
    'center-db:test': (input, ctx) => centerDb.test(input, ctx),
    'center-db:save': (input, ctx) => centerDb.save(input, ctx),
    'center-db:use-local': (_input, ctx) => centerDb.useLocal(ctx),
  };
}
