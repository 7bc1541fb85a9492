// npm run audit:verify -- --db PATH
// Walks the hash chain of a Chairside database's audit trail, read-only, and exits non-zero naming the
// first event whose hash or link does not match (an edit made outside the app). Safe on a live database
// and on a copy from the field; it never writes.
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../electron/main/services/audit-verify';
import { openStore } from '../electron/main/store/database';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) {
  console.error('Usage: npm run audit:verify -- --db PATH');
  process.exit(2);
}

let store;
try {
  store = openStore(values.db, { readonly: true });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
try {
  const started = performance.now();
  const { checked, firstBrokenId } = verifyAuditChain(store);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (firstBrokenId === null) {
    console.log(`Audit chain intact: ${checked} events checked in ${seconds} s.`);
  } else {
    console.error(
      `Audit chain BROKEN at event id ${firstBrokenId}: its hash or its link to the previous event does not match ` +
        `(${checked} events checked). That event, or the one before it, was changed outside Chairside.`,
    );
    process.exitCode = 1;
  }
} finally {
  await store.close();
}
