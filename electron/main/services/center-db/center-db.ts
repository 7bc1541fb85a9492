import type {
  CenterDbSaveResult,
  CenterDbStatus,
  DatabaseSettingSource,
} from '../../../../shared/ipc/contract/center-db';
import { clearCenterCredentials, readCenterCredentials, saveCenterCredentials } from '../../core/center-credentials';
import type { CoreDeps } from '../../core/deps';
import { conflict } from '../../core/errors';
import type { Keystore } from '../../core/keystore';
import type { RequestContext } from '../../core/router';
import {
  clearWorkstationDatabase,
  readWorkstationSetting,
  saveWorkstationDatabase,
} from '../../core/workstation-setting';
import { databaseAddress, parseDatabaseSetting } from '../../store/location';
import { requireRole } from '../auth/users';
import { testCenterConnection, type ConnectionTestInput } from './connection-test';

// Settings › Center database. Which database this workstation opens is the administrator's call (a charge nurse
// reads it): a center database is saved only after a test in the same call showed the app could start on it
// (schema current, center key matching), with its password and center key wrapped by the OS keystore, never in
// plain text. The change is audited by the database's address, never the password, and takes effect at the
// next start.

/** What the core knows of the workstation's profile: the app's userData and its keystore (none in scripts). */
export interface WorkstationProfile {
  dir: string | null;
  keystore: Keystore | null;
  /** Where this run's database setting came from (paths.ts). */
  databaseSource: DatabaseSettingSource;
}

type Stronger = 'command-line' | 'environment';
const strongerSetting = (source: DatabaseSettingSource): Stronger | null =>
  source === 'command-line' || source === 'environment' ? source : null;

export function createCenterDbService(deps: CoreDeps) {
  const { profile } = deps;
  const admin = async (ctx: RequestContext) => {
    if (!(await deps.session.isSetupMode())) await requireRole(deps.store.db, ctx, ['admin']);
  };
  const profileDir = (): string => {
    if (profile.dir) return profile.dir;
    throw conflict(
      'center-db-no-profile',
      'This Chairside was started without a workstation profile (a script or a test harness): nothing can be saved.',
    );
  };
  const secureKeystore = (): Keystore => {
    if (profile.keystore?.isSecure) return profile.keystore;
    throw conflict(
      'keystore-not-secure',
      'This computer offers no protected key store, so the center database password and key cannot be saved ' +
        'here: IT sets CHAIRSIDE_DB, CHAIRSIDE_DB_PASSWORD and CHAIRSIDE_CENTER_KEY for this workstation instead.',
    );
  };
  const test = (input: ConnectionTestInput) => testCenterConnection(input, { workstation: deps.workstation });

  return {
    status(): CenterDbStatus {
      const center = deps.store.dialect === 'postgres';
      const location = parseDatabaseSetting(deps.databasePath);
      const saved = profile.dir ? (readWorkstationSetting(profile.dir).database ?? null) : null;
      const credentials = profile.dir && profile.keystore ? readCenterCredentials(profile.dir, profile.keystore) : {};
      return {
        mode: center ? 'center' : 'embedded',
        label: location.kind === 'sqlite' ? location.path : databaseAddress(location.url),
        source: profile.databaseSource,
        savedUrl: saved,
        passwordSaved: Boolean(credentials.databasePassword),
        centerKeySaved: Boolean(credentials.centerKey),
        keystoreSecure: profile.keystore?.isSecure ?? false,
      };
    },

    async test(input: ConnectionTestInput, ctx: RequestContext) {
      await admin(ctx);
      return test(input);
    },

    async save(input: ConnectionTestInput & { centerKey: string }, ctx: RequestContext): Promise<CenterDbSaveResult> {
      await admin(ctx);
      const dir = profileDir();
      const keystore = secureKeystore();
      const tested = await test(input);
      if (!tested.ok || !tested.usable) return { saved: false, test: tested };
      // The audit event and the two files succeed together: a file that cannot be written rolls the event back.
      await deps.write(ctx, async (_tx, { audit }) => {
        await audit({
          action: 'center-db-saved',
          objectType: 'workstation_setting',
          objectId: deps.workstation,
          detail: { database: tested.label, password: input.password ? 'saved in the keystore' : 'none' },
        });
        saveCenterCredentials(dir, keystore, {
          centerKey: input.centerKey,
          ...(input.password ? { databasePassword: input.password } : {}),
        });
        saveWorkstationDatabase(dir, input.url);
      });
      return { saved: true, label: tested.label, overriddenBy: strongerSetting(profile.databaseSource) };
    },

    async useLocal(ctx: RequestContext) {
      await admin(ctx);
      const dir = profileDir();
      const saved = readWorkstationSetting(dir).database;
      if (saved === undefined) {
        clearCenterCredentials(dir);
        return { cleared: false, overriddenBy: strongerSetting(profile.databaseSource) };
      }
      await deps.write(ctx, async (_tx, { audit }) => {
        await audit({
          action: 'center-db-cleared',
          objectType: 'workstation_setting',
          objectId: deps.workstation,
          detail: { database: databaseAddress(saved) },
        });
        clearWorkstationDatabase(dir);
        clearCenterCredentials(dir);
      });
      return { cleared: true, overriddenBy: strongerSetting(profile.databaseSource) };
    },
  };
}
