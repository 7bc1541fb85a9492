import { FHIR_PLACEHOLDER_HOST } from '../../../../shared/reports/fhir-placeholder';
import { DEFAULT_WEIGHT_POLICY } from '../../../../shared/clinical';
import type { AppSettings } from '../../../../shared/ipc/contract/system';
import type { CoreDeps } from '../../core/deps';
import type { Executor } from '../../store/executor';
import type { RequestContext } from '../../core/router';
import { readAllSettingValues, saveSettingValue } from '../../repositories/settings';

export const DEFAULT_SETTINGS: AppSettings = {
  language: 'en',
  centerName: '',
  centerPhone24h: '',
  // Default idle lock of 10 minutes: the charting issue's requirement, configurable by the center.
  idleLockMinutes: 10,
  // Weight-based doses: center policy defaults (a fresh weight within 7 days, within 10 % of the plan's).
  weightMaxAgeDays: DEFAULT_WEIGHT_POLICY.maxAgeDays,
  weightMaxChangePercent: DEFAULT_WEIGHT_POLICY.maxChangePercent,
  // A PIN unlocks one's own locked session; signing in with one is the center's explicit choice.
  pinSignIn: false,
  // FHIR export: placeholders under the reserved .invalid domain (RFC 2606) that no hospital system uses, so an
  // export made before IT set the real ones cannot be mistaken for the hospital's MRNs. The settings say so.
  fhirMrnSystem: `https://${FHIR_PLACEHOLDER_HOST}/mrn`,
  fhirBaseUrl: `https://${FHIR_PLACEHOLDER_HOST}/fhir`,
  // Letter: the paper of North America, Québec included; a center elsewhere chooses A4 in Settings › General.
  paperSize: 'Letter',
};

/** Reads on `db` (the store, or the caller's transaction); an update is its own unit of work. */
export function createSettingsService(deps: Pick<CoreDeps, 'store' | 'write'>, db: Executor = deps.store.db) {
  async function get(): Promise<AppSettings> {
    return { ...DEFAULT_SETTINGS, ...pick(await readAllSettingValues(db)) };
  }

  async function update(changes: Partial<AppSettings>, ctx: RequestContext): Promise<AppSettings> {
    const before = await get();
    await deps.write(ctx, async (trx, { at, audit }) => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) continue;
        await saveSettingValue(trx, key, value, at, ctx.userId);
      }
      const changed = Object.keys(changes).filter(
        (k) => changes[k as keyof AppSettings] !== before[k as keyof AppSettings],
      );
      await audit({
        action: 'update',
        objectType: 'settings',
        objectId: null,
        detail: { changed, before: Object.fromEntries(changed.map((k) => [k, before[k as keyof AppSettings]])) },
      });
    });
    return get();
  }

  return { get, update };
}

function pick(stored: Record<string, unknown>): Partial<AppSettings> {
  const keys = Object.keys(DEFAULT_SETTINGS) as Array<keyof AppSettings>;
  return Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]));
}
