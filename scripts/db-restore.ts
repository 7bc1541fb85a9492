// npm run db:restore -- --db PATH --from BACKUP [--recovery-key KEY]
// For when Chairside refuses to start (a damaged file, or protections removed outside the app): verifies a
// backup with the database's key (integrity check, schema not newer, keyed audit chain) and stages it; the
// next start swaps it in and keeps the replaced file. The key comes from the recovery key
// (CHAIRSIDE_RECOVERY_KEY works too), or the developer keystore for developer databases.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { toolKeys } from '../electron/main/security/tool-keys';
import { toReport } from '../electron/main/services/audit/audit-jobs';
import { checkpointFilePath } from '../electron/main/store/audit-checkpoints';
import { MIGRATIONS } from '../electron/main/store/migrations';
import { stageRestore } from '../electron/main/store/restore';
import { runStoreWorker } from '../electron/main/store/run-worker';
import type { VerifyResult } from '../electron/main/store/worker-protocol';
import { englishCount } from '../shared/text/english';
import { devKeystore } from '../tests/harness/keystore';

const { values } = parseArgs({
  options: { db: { type: 'string' }, from: { type: 'string' }, 'recovery-key': { type: 'string' } },
});
if (!values.db || !values.from) {
  console.error('Usage: npm run db:restore -- --db PATH --from BACKUP [--recovery-key KEY]');
  process.exit(2);
}
const db = values.db;
const from = values.from;

async function main(): Promise<number> {
  const recoveryKey = values['recovery-key'] ?? process.env.CHAIRSIDE_RECOVERY_KEY;
  const { keys, encrypted } = toolKeys(db, { ...(recoveryKey ? { recoveryKey } : {}), keystore: devKeystore(db) });
  const result = await runStoreWorker<VerifyResult>({
    task: 'verify-audit',
    databasePath: from,
    key: encrypted ? keys.databaseKey.toString('hex') : null,
    nativeBinding: null,
    auditKey: keys.auditKey.toString('hex'),
    checkpointFile: checkpointFilePath(db),
    checkpointPublicKey: keys.checkpointPublicKey.export({ format: 'pem', type: 'spki' }).toString(),
    inspect: true,
  });
  const report = toReport(result, [], 0);
  const known = new Set(MIGRATIONS.map(([name]) => name));
  const problems = [
    ...(result.inspection?.integrity === 'ok' ? [] : [`integrity check: ${result.inspection?.integrity}`]),
    ...((result.inspection?.migrations ?? []).every((m) => known.has(m)) ? [] : ['written by a newer Chairside']),
    ...(report.intact ? [] : [`audit trail: ${englishCount(report.breakCount, 'break')}`]),
  ];
  if (problems.length > 0) {
    console.error(`Not restored: ${problems.join('; ')}.`);
    return 1;
  }
  stageRestore(db, from, { from: basename(from), stagedAt: new Date().toISOString(), by: null });
  console.log(
    `Verified (${report.checked} audit events) and staged: the next start of Chairside swaps ${basename(from)} in.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
