import type { CoreDeps } from '../core/deps';
import type { Handlers, RequestContext } from '../core/router';
import { createDowntime } from '../services/system/downtime';
import { requireRole } from '../services/auth/users';

type BackupChannels =
  'backup:status' | 'backup:configure' | 'backup:now' | 'backup:restore' | 'downtime:print' | 'downtime:save';

// Backups are for charge nurses and administrators (`manage`); choosing the folder and restoring one are for
// administrators. The downtime sheet is for any signed-in nurse.
export function backupHandlers(deps: CoreDeps): Pick<Handlers, BackupChannels> {
  const downtime = createDowntime(deps);
  const admin = async (ctx: RequestContext) => {
    if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['admin']);
  };
  return {
    'backup:status': () => deps.backups.status(),
    'backup:configure': async (input, ctx) => {
      await admin(ctx);
      return deps.backups.configure(input, ctx);
    },
    'backup:now': (_input, ctx) => deps.backups.backupNow('manual', ctx),
    'backup:restore': async ({ file }, ctx) => {
      await admin(ctx);
      const result = await deps.backups.restore(file, ctx);
      deps.restart?.();
      return result;
    },
    'downtime:print': (_input, ctx) => downtime.print(ctx),
    'downtime:save': (_input, ctx) => downtime.save(ctx),
  };
}
