import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDemoDatabase } from '../electron/main/demo/seed-demo';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { openStore } from '../electron/main/store/database';
import { openAndMigrate } from '../electron/main/store/migrate';
import { launchBrowserApp } from '../tests/harness/app';
import { compare, type BenchRow } from './lib';
import type { BenchContext } from './options';
import { rawBaseline } from './raw-baseline';

/** Opening the store: migrating a new file, and re-opening a seeded one, against a bare SQLite open. */
export async function benchStoreOpen({ today, quick }: BenchContext): Promise<BenchRow[]> {
  const iterations = quick ? 5 : 30;
  const dir = mkdtempSync(join(tmpdir(), 'chairside-bench-'));
  try {
    const seeded = join(dir, 'seeded.sqlite3');
    // Plain, like the bare open it is compared with (the store itself is measured, not the cipher).
    await writeDemoDatabase(seeded, { today, workstation: 'bench', unencryptedDatabase: true });
    let n = 0;
    const bareOpen = async () => {
      const store = openStore(join(dir, `bare-${n++}.sqlite3`));
      rawBaseline(store, 'SELECT 1').get();
      await store.close();
    };
    const emptyMigrate = async () => {
      const { store } = await openAndMigrate(join(dir, `empty-${n++}.sqlite3`));
      await store.close();
    };
    const seededOpen = async () => {
      const copy = join(dir, `seeded-${n++}.sqlite3`);
      copyFileSync(seeded, copy);
      const { store } = await openAndMigrate(copy);
      await store.close();
    };
    return [
      await compare(
        'store open + migrate, new empty database',
        emptyMigrate,
        'bare SQLite open of a new file',
        bareOpen,
        { iterations },
      ),
      await compare(
        'store open + migrate, existing seeded database',
        seededOpen,
        'bare SQLite open of a new file',
        bareOpen,
        { iterations, note: 'includes copying the seeded file' },
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One IPC round trip through the browser harness (page → binding → core → page) against a direct call. */
export async function benchIpcRoundTrip({ today, quick }: BenchContext): Promise<BenchRow[]> {
  const app = await launchBrowserApp({ now: clockOn(today, SHOW_MINUTE).now().toISOString() });
  try {
    const viaPage = () => app.page.evaluate(() => window.api.invoke('settings:get', {}));
    const direct = () => app.core.dispatch('settings:get', {});
    return [
      await compare(
        'settings:get round trip through the harness bridge',
        viaPage,
        'same call on the core directly',
        direct,
        { iterations: quick ? 30 : 200 },
      ),
    ];
  } finally {
    await app.close();
  }
}
