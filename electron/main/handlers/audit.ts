import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { listAudit } from '../services/audit';

export function auditHandlers(deps: CoreDeps): Pick<Handlers, 'audit:list'> {
  return {
    'audit:list': (input) => listAudit(deps.store.db, input),
  };
}
