import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { LATEST_MIGRATION } from '../store/migrations';
import { clinicTimeZone } from '../services/center/clinic-clock';
import { createSettingsService } from '../services/center/settings';
import { requireRole } from '../services/auth/users';

export function systemHandlers(deps: CoreDeps): Pick<Handlers, 'system:info' | 'settings:get' | 'settings:update'> {
  const settings = createSettingsService(deps);
  return {
    'system:info': () => ({
      appName: 'Chairside',
      appVersion: deps.appVersion,
      databasePath: deps.databasePath,
      schemaVersion: LATEST_MIGRATION,
      libraryVersion: deps.library.manifest.libraryVersion,
      now: deps.now().toISOString(),
      timeZone: clinicTimeZone(),
    }),
    'settings:get': () => settings.get(),
    // Center-wide settings (the idle lock among them) are for charge nurses and administrators, as the
    // other center-wide decisions; anyone may set them in setup mode, before accounts exist.
    'settings:update': async (input, ctx) => {
      if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['admin', 'charge-nurse']);
      return settings.update(input, ctx);
    },
  };
}
