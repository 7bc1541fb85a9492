import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createRecoveryKeys } from '../services/system/recovery-key';

type SecurityChannels = 'security:status' | 'security:recovery-key' | 'security:confirm-recovery-key';

// The recovery key is for the administrator (anyone during first-run setup, before accounts exist).
export function securityHandlers(deps: CoreDeps): Pick<Handlers, SecurityChannels> {
  const keys = createRecoveryKeys(deps);
  return {
    'security:status': () => keys.status(),
    'security:recovery-key': (_input, ctx) => keys.show(ctx),
    'security:confirm-recovery-key': (_input, ctx) => keys.confirmStored(ctx),
  };
}
