import { mrnPrefixQuery } from '../electron/main/repositories/patients';
import { seedPatients } from '../electron/main/demo/patients';
import { openTestCore } from '../tests/support/core';
import { compare, type BenchRow } from './lib';

/** Search-as-you-type on 5,000 patients: the channel against the one SQL statement it boils down to. */
export async function benchPatientSearch(): Promise<BenchRow[]> {
  const t = await openTestCore();
  try {
    await seedPatients(t.core, { count: 5000, today: '2026-11-27', seed: 7 });
    const compiled = mrnPrefixQuery(t.core.store.db, 'DEMO0012', 20).compile();
    const raw = t.core.store.prepare(compiled.sql);
    const viaCore = () => t.core.dispatch('patients:search', { query: 'DEMO-0012' });
    const direct = () => raw.all(...compiled.parameters);
    return [
      await compare(
        'patients:search by MRN prefix, 5,000 patients',
        viaCore,
        'the same prepared SQL statement',
        direct,
        {
          iterations: 300,
        },
      ),
    ];
  } finally {
    await t.close();
  }
}
