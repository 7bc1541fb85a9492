import { findSettingRow, insertSettingValue } from '../../repositories/settings';
import { unsealedSignedEntries } from '../../repositories/signed-content';
import type { Store } from '../../store/database';
import { workstationActor, type Write } from '../../core/unit-of-work';

// Entries signed before the keyed chain (0300) have signature events without a content fingerprint. At the
// first start of this version they are sealed: keyed audit events list every such entry with its
// fingerprint as it is now, so from then on any change to them is detected like any other signed entry.
// (What happened to them before the upgrade cannot be proven; the verifier counts entries left unsealed.)

const SEALED_SETTING = 'legacyEntriesSealedAt';
const PER_EVENT = 2_000;

/** At start-up, before any request: the events name this workstation and no user. */
export async function sealLegacyEntries(store: Store, write: Write, workstation: string): Promise<number> {
  if (await findSettingRow(store.db, SEALED_SETTING)) return 0;
  const entries = await unsealedSignedEntries(store.db);
  await write(workstationActor(workstation), async (trx, { at, audit }) => {
    for (let i = 0; i < entries.length; i += PER_EVENT) {
      const chunk = Object.fromEntries(entries.slice(i, i + PER_EVENT));
      await audit({ action: 'seal-signed-entries', objectType: 'chart_entry', detail: { entries: chunk } });
    }
    await insertSettingValue(trx, SEALED_SETTING, at, at);
  });
  return entries.length;
}
