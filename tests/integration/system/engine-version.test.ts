import { afterEach, expect, it } from 'vitest';
import { engineVersion } from '../../../electron/main/store/engine-version';
import { openTestCore, type TestCore } from '../../support/core';

// The diagnostics report names the database engine through the store (no synchronous statement), so it also
// works on a center database, where there is none.

let t: TestCore;
afterEach(async () => t.close());

it('reads the engine version through the store, on the SQLite file and on a center database', async () => {
  t = await openTestCore();
  const version = await engineVersion(t.core.store);
  if (t.core.store.dialect === 'sqlite') expect(version).toMatch(/^3\.\d+\.\d+$/);
  else expect(version).toMatch(/^\d+\.\d+/);
});
