// npm run seed:demo -- --db PATH [--years 5 --chairs 40]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore } from '../electron/main/core/create-core';
import { devKeystore } from '../tests/harness/keystore';
import { seedDemo } from '../electron/main/demo/seed-demo';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    years: { type: 'string' },
    chairs: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

if (!values.db) {
  console.error('Usage: npm run seed:demo -- --db PATH [--years N --chairs N] [--force]');
  process.exit(2);
}
if (existsSync(values.db) && !values.force) {
  console.error(`${values.db} already exists. Demo data goes into a new file (or pass --force to add to it).`);
  process.exit(2);
}
const started = Date.now();
const core = await createCore({ databasePath: values.db, workstation: 'seed-demo', keystore: devKeystore(values.db) });
try {
  const summary = await seedDemo(core, {
    ...(values.years ? { years: Number(values.years) } : {}),
    ...(values.chairs ? { chairs: Number(values.chairs) } : {}),
  });
  console.log(`Demo data written to ${values.db} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const line of summary.lines) console.log(`  - ${line}`);
} finally {
  await core.close();
}
