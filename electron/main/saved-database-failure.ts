import type { DatabaseSetting } from './paths';
import { databaseAddress } from './store/location';
import type { StartFailure } from './native/load-failure';

// A center database saved in Settings › Center database that cannot be opened at start (the server is down, the
// password changed, IT has not migrated it yet): the dialog says what failed and offers the way back to this
// workstation's own database, so nobody is left with an app that cannot start and no Settings to fix it in.

export interface SavedDatabaseChoice extends StartFailure {
  buttons: [string, string];
  /** The button that clears the saved setting and restarts. */
  useOwnFile: 0;
}

/** The dialog for a failed start on a saved center database; null when the setting did not come from Settings. */
export function savedDatabaseFailure(
  failure: StartFailure,
  setting: DatabaseSetting | null,
): SavedDatabaseChoice | null {
  if (setting?.source !== 'saved') return null;
  const address = databaseAddress(setting.value) || 'the center database';
  return {
    title: 'Chairside cannot open the center database saved for this workstation',
    message:
      `The center database ${address} was chosen for this workstation in Settings › Center database, and it could ` +
      `not be opened:\n\n${failure.message}\n\n` +
      'Choose "Use this workstation\'s own database" to forget that setting and restart on this workstation\'s own ' +
      'file (an administrator can choose the center database again in Settings), or Quit and ask IT. Starting ' +
      'Chairside with --db PATH also opens another database without changing the setting.',
    buttons: ["Use this workstation's own database", 'Quit'],
    useOwnFile: 0,
  };
}
