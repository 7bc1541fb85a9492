// npm run seed:demo -- --db PATH [--today YYYY-MM-DD] [--years 5 --chairs 40] [--force]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeDemoDatabase } from '../electron/main/demo/seed-demo';
import { todayOption } from './today-option';
import { devKeystore } from '../tests/harness/keystore';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    today: { type: 'string' },
    years: { type: 'string' },
    chairs: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const usage = 'Usage: npm run seed:demo -- --db PATH [--today YYYY-MM-DD] [--years N --chairs N] [--force]';
if (!values.db) {
  console.error(usage);
  process.exit(2);
}
if (existsSync(values.db) && !values.force) {
  console.error(`${values.db} already exists. Demo data goes into a new file (or pass --force to add to it).`);
  process.exit(2);
}
const today = todayOption(values.today, usage);
const started = Date.now();
const summary = await writeDemoDatabase(values.db, {
  history: values.years === undefined,
  today,
  workstation: 'seed-demo',
  keystore: devKeystore(values.db),
  ...(values.years ? { years: Number(values.years) } : {}),
  ...(values.chairs ? { chairs: Number(values.chairs) } : {}),
});
console.log(`Demo data for ${today} written to ${values.db} in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
for (const line of summary.lines) console.log(`  - ${line}`);
