import { basename } from 'node:path';
import { openCenterSecureStore } from '../../security/open-center-store';
import type { KeyMaterial } from '../../security/key-material';
import { centerProtectionBreaks, verifyCenterAudit } from '../../store/audit-verify-center';
import {
  checkSameShape,
  checkSourceSchema,
  copyIntoCenter,
  countMismatches,
  ImportRefusal,
  tablesInOrder,
} from '../../store/center-import';
import { openStore } from '../../store/database';
import type { DatabaseLocation } from '../../store/location';
import { recordCenterImport } from '../../repositories/center-import';

// npm run center:import: a single workstation's database onto a new center database, checked end to end.
// The file is opened read-only; the copy is one transaction; afterwards the row count of every table and
// the whole audit chain (with the center key) are checked on the server, and an audit event records the
// import with the file's own chain head, so the trail before the move can still be matched to the file.

export interface CenterImportOptions {
  from: string;
  /** The workstation's keys (its keystore or recovery key); the file is encrypted when `encrypted`. */
  sourceKeys: KeyMaterial;
  encrypted: boolean;
  to: Extract<DatabaseLocation, { kind: 'postgres' }>;
  centerKey: string;
  password?: string | undefined;
  now: Date;
  workstation: string;
}

export interface CenterImportReport {
  tables: Array<{ table: string; rows: number }>;
  auditEvents: number;
  signedEntries: number;
}

export async function importIntoCenter(options: CenterImportOptions): Promise<CenterImportReport> {
  const source = openStore(options.from, {
    readonly: true,
    ...(options.encrypted ? { key: options.sourceKeys.databaseKey } : {}),
  });
  try {
    checkSourceSchema(source);
    const target = await openCenterSecureStore({
      location: options.to,
      centerKey: options.centerKey,
      password: options.password,
      workstation: options.workstation,
      now: options.now,
    });
    try {
      return await copyAndCheck(source, target.store.db, options, target.keys.auditKey);
    } finally {
      await target.store.close();
    }
  } finally {
    await source.close();
  }
}

type Db = Parameters<typeof tablesInOrder>[0];
type Trx = Parameters<Parameters<typeof copyIntoCenter>[4]>[0];

async function copyAndCheck(
  source: ReturnType<typeof openStore>,
  db: Db,
  options: CenterImportOptions,
  centerAuditKey: Buffer,
): Promise<CenterImportReport> {
  const tables = await tablesInOrder(db);
  await checkSameShape(source, db, tables);
  let report: CenterImportReport | null = null;
  const keys = { sourceAuditKey: options.sourceKeys.auditKey, centerAuditKey };
  await copyIntoCenter(source, db, tables, keys, async (trx, copied) => {
    const mismatches = await countMismatches(source, trx, tables);
    if (mismatches.length > 0) throw new ImportRefusal(`Row counts differ after the copy: ${mismatches.join('; ')}.`);
    const at = options.now.toISOString();
    await recordCenterImport(trx, { at, workstation: options.workstation, file: basename(options.from), copied });
    const checked = await checkAudit(trx, centerAuditKey);
    report = { tables: copied.tables, ...checked };
  });
  return report!;
}

/** The whole chain and every signed entry, with the center key, and every protection in place. */
async function checkAudit(trx: Trx, centerAuditKey: Buffer) {
  const verification = await verifyCenterAudit(trx, centerAuditKey);
  const protections = await centerProtectionBreaks(trx);
  const breaks = [...verification.breaks, ...protections];
  if (breaks.length > 0) {
    const listed = breaks.slice(0, 5).map((b) => `${b.kind} ${String(b.id)}: ${b.detail}`);
    throw new ImportRefusal(`The audit check of the center database after the import failed: ${listed.join('; ')}.`);
  }
  return { auditEvents: verification.checked, signedEntries: verification.signedEntries };
}
