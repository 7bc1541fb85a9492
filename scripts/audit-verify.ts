// npm run audit:verify -- --db PATH|postgres://… [--recovery-key KEY]
// Checks a Chairside database's audit trail, read-only, in a worker thread: the keyed hash chain, the signed
// checkpoints written beside the database, every signed chart entry against the fingerprint its signature
// recorded, and the protecting triggers. Prints progress, then EVERY break found; exits 1 when there is one.
// The key comes from the recovery key (CHAIRSIDE_RECOVERY_KEY works too), or the developer keystore for
// databases made by the developer tools. It never writes.
import { parseArgs } from 'node:util';
import { deriveKeyMaterial } from '../electron/main/security/key-material';
import { parseRecoveryKey } from '../electron/main/security/recovery-key';
import { centerProtectionBreaks, verifyCenterAudit } from '../electron/main/store/audit-verify-center';
import { isPostgresUrl, parseDatabaseSetting } from '../electron/main/store/location';
import { openPostgresStore } from '../electron/main/store/postgres';
import { toolKeys } from '../electron/main/security/tool-keys';
import { protectionBreaks, toReport } from '../electron/main/services/audit/audit-jobs';
import { checkpointFilePath } from '../electron/main/store/audit-checkpoints';
import { openStore } from '../electron/main/store/database';
import { runStoreWorker } from '../electron/main/store/run-worker';
import type { VerifyResult } from '../electron/main/store/worker-protocol';
import { englishCount } from '../shared/text/english';
import { devKeystore } from '../tests/harness/keystore';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'recovery-key': { type: 'string' }, checkpoints: { type: 'string' } },
});
if (!values.db) {
  console.error('Usage: npm run audit:verify -- --db PATH [--recovery-key KEY] [--checkpoints FILE]');
  process.exit(2);
}
const db = values.db;

/** A center database: the chain and the signed entries over the connection (CHAIRSIDE_CENTER_KEY). */
async function verifyCenter(url: string): Promise<number> {
  const location = parseDatabaseSetting(url);
  if (location.kind !== 'postgres') return 2;
  const centerKey = values['recovery-key'] ?? process.env.CHAIRSIDE_CENTER_KEY;
  const master = centerKey ? parseRecoveryKey(centerKey) : null;
  if (!master) throw new Error('Give the center key: CHAIRSIDE_CENTER_KEY or --recovery-key.');
  const keys = deriveKeyMaterial(master);
  const store = openPostgresStore(location, { password: process.env.CHAIRSIDE_DB_PASSWORD });
  try {
    const started = performance.now();
    const extra = await centerProtectionBreaks(store.db);
    const result = await verifyCenterAudit(store.db, keys.auditKey);
    return printReport(toReport(result, extra, Math.round((performance.now() - started) / 100) / 10));
  } finally {
    await store.close();
  }
}

async function main(): Promise<number> {
  if (isPostgresUrl(db)) return verifyCenter(db);
  const recoveryKey = values['recovery-key'] ?? process.env.CHAIRSIDE_RECOVERY_KEY;
  const { keys, encrypted } = toolKeys(db, { ...(recoveryKey ? { recoveryKey } : {}), keystore: devKeystore(db) });
  const store = openStore(db, { readonly: true, ...(encrypted ? { key: keys.databaseKey } : {}) });
  const extra = await protectionBreaks(store);
  await store.close();
  const started = performance.now();
  let lastShown = 0;
  const result = await runStoreWorker<VerifyResult>(
    {
      task: 'verify-audit',
      databasePath: db,
      key: encrypted ? keys.databaseKey.toString('hex') : null,
      nativeBinding: null,
      auditKey: keys.auditKey.toString('hex'),
      checkpointFile: values.checkpoints ?? checkpointFilePath(db),
      checkpointPublicKey: keys.checkpointPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
      inspect: false,
    },
    (checked, total) => {
      if (performance.now() - lastShown < 1000 && checked < total) return;
      lastShown = performance.now();
      process.stderr.write(`  checked ${checked} of ${total} events\n`);
    },
  );
  return printReport(toReport(result, extra, Math.round((performance.now() - started) / 100) / 10));
}

function printReport(report: ReturnType<typeof toReport>): number {
  const summary = `${report.checked} events, ${report.signedEntries} signed entries, ${report.checkpoints} checkpoints, in ${report.seconds} s`;
  if (report.intact) {
    console.log(`Audit trail intact: ${summary}.`);
    return 0;
  }
  console.error(`Audit trail BROKEN: ${englishCount(report.breakCount, 'problem')} in ${summary}:`);
  for (const b of report.breaks) console.error(`  ${b.kind.padEnd(14)} ${String(b.id ?? '').padEnd(38)} ${b.detail}`);
  if (report.breakCount > report.breaks.length)
    console.error(`  …and ${report.breakCount - report.breaks.length} more.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
