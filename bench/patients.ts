import { mrnPrefixQuery } from '../electron/main/repositories/patients';
import { seedPatients } from '../electron/main/demo/patients';
import { openTestCore } from '../tests/support/core';
import { clockOn, SHOW_MINUTE } from '../electron/main/demo/today';
import { compare, type BenchRow } from './lib';
import type { BenchContext } from './options';
import { rawBaseline } from './raw-baseline';

/** Search-as-you-type on 5,000 patients: the channel against the one SQL statement it boils down to. */
export async function benchPatientSearch({ today, quick }: BenchContext): Promise<BenchRow[]> {
  const count = quick ? 500 : 5000;
  const t = await openTestCore(clockOn(today, SHOW_MINUTE).now().toISOString());
  try {
    await seedPatients(t.core, { count, today, seed: 7 });
    // DEMO-0001xx: 100 patients match at either size, 20 are returned.
    const compiled = mrnPrefixQuery(t.core.store.db, 'DEMO0001', 20).compile();
    const raw = rawBaseline(t.core.store, compiled.sql);
    const viaCore = () => t.core.dispatch('patients:search', { query: 'DEMO-0001' });
    const direct = () => raw.all(...compiled.parameters);
    return [
      await compare(
        `patients:search by MRN prefix, ${count.toLocaleString('en')} patients`,
        viaCore,
        'the same prepared SQL statement',
        direct,
        { iterations: quick ? 50 : 300 },
      ),
    ];
  } finally {
    await t.close();
  }
}
