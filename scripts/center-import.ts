// npm run center:import -- --from chairside.sqlite3 --to postgres://USER@HOST/DATABASE [--recovery-key KEY]
// Moves a single workstation's database onto a NEW, EMPTY center database that center:migrate has created:
// every table in foreign-key order and the audit trail (walked with the workstation's key, re-sealed with
// the center's), in one transaction; then the row count of every table and the whole audit chain are
// checked on the server. Refuses a center database that holds any work, and a file of an older or newer
// Chairside. The file's key: its recovery key (--recovery-key or CHAIRSIDE_RECOVERY_KEY), or the developer
// keystore for developer databases. The center key: CHAIRSIDE_CENTER_KEY. Password: CHAIRSIDE_DB_PASSWORD.
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { toolKeys } from '../electron/main/security/tool-keys';
import { importIntoCenter } from '../electron/main/services/center/center-import';
import { parseDatabaseSetting } from '../electron/main/store/location';
import { devKeystore } from '../tests/harness/keystore';

const { values } = parseArgs({
  options: { from: { type: 'string' }, to: { type: 'string' }, 'recovery-key': { type: 'string' } },
});
const target = values.to ? parseDatabaseSetting(values.to) : null;
if (!values.from || !target || target.kind !== 'postgres') {
  console.error('Usage: npm run center:import -- --from chairside.sqlite3 --to postgres://USER@HOST/DATABASE');
  process.exit(2);
}
const centerKey = process.env.CHAIRSIDE_CENTER_KEY;
if (!centerKey) {
  console.error('Give the center key (printed by center:migrate) in CHAIRSIDE_CENTER_KEY.');
  process.exit(2);
}

async function main(from: string, to: Extract<typeof target, { kind: 'postgres' }>, key: string): Promise<void> {
  const recoveryKey = values['recovery-key'] ?? process.env.CHAIRSIDE_RECOVERY_KEY;
  const { keys, encrypted } = toolKeys(from, { ...(recoveryKey ? { recoveryKey } : {}), keystore: devKeystore(from) });
  const started = performance.now();
  const report = await importIntoCenter({
    from,
    sourceKeys: keys,
    encrypted,
    to,
    centerKey: key,
    password: process.env.CHAIRSIDE_DB_PASSWORD,
    now: new Date(),
    workstation: `center-import ${hostname()}`.slice(0, 60),
  });
  for (const { table, rows } of report.tables) console.log(`  ${table.padEnd(28)} ${rows}`);
  console.log(
    `Imported into ${to.label} in ${Math.round((performance.now() - started) / 100) / 10} s: row counts match, ` +
      `audit chain intact (${report.auditEvents} events, ${report.signedEntries} signed entries).`,
  );
}

main(values.from, target, centerKey).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
