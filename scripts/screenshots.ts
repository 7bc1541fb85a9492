// npm run screenshots [-- --db PATH --out DIR] — a PNG of every main screen, on the demo database.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/main/core/create-core';
import { devKeystore } from '../tests/harness/keystore';
import { seedDemo } from '../electron/main/demo/seed-demo';
import { launchBrowserApp } from '../tests/harness/app';
import { SCREENS } from '../renderer/src/app/routes';

const { values } = parseArgs({ options: { db: { type: 'string' }, out: { type: 'string', default: 'screenshots' } } });
const now = '2026-11-27T10:30:00Z';
let databasePath = values.db;
if (!databasePath) {
  databasePath = join(mkdtempSync(join(tmpdir(), 'chairside-shots-')), 'demo.sqlite3');
  const core = await createCore({ databasePath, workstation: 'screenshots', keystore: devKeystore(databasePath) });
  await seedDemo(core, { today: now.slice(0, 10) });
  await core.close();
}
mkdirSync(values.out, { recursive: true });
const app = await launchBrowserApp({ databasePath, now, viewport: { width: 1440, height: 900 } });
try {
  for (const screen of SCREENS) {
    await app.page.evaluate((name) => {
      window.location.hash = `#/${name}`;
    }, screen);
    await app.page.waitForLoadState('networkidle');
    await app.page
      .getByRole('heading', { level: 1 })
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        await app.page.screenshot({ path: join(values.out, `${screen}-FAILED.png`) });
        throw new Error(`The ${screen} screen showed no heading; see ${screen}-FAILED.png`);
      });
    const file = join(values.out, `${screen}.png`);
    await app.page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await app.close();
}
