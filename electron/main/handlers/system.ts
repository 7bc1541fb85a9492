import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { LATEST_MIGRATION } from '../store/migrations';
import { createSettingsService } from '../services/settings';

export function systemHandlers(deps: CoreDeps): Pick<Handlers, 'system:info' | 'settings:get' | 'settings:update'> {
  const settings = createSettingsService(deps.store.db, deps.now);
  return {
    'system:info': () => ({
      appName: 'Chairside',
      appVersion: deps.appVersion,
      databasePath: deps.databasePath,
      schemaVersion: LATEST_MIGRATION,
      libraryVersion: deps.library.manifest.libraryVersion,
      now: deps.now().toISOString(),
    }),
    'settings:get': () => settings.get(),
    'settings:update': (input, ctx) => settings.update(input, ctx),
  };
}
