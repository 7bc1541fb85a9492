import { sql, type Kysely } from 'kysely';
import { AUDIT_MAC_COLUMNS } from './audit-mac';
import { BreakList, ChainWalk, type ChainBreak } from './audit-chain';
import type { AuditVerification } from './audit-verify-run';
import type { DatabaseSchema } from './schema';
import { signedContentHash, signedContentSelect } from './signed-content';

// The audit chain check on a center's PostgreSQL database: the same walk as the SQLite worker
// (store/audit-verify-run.ts), read in pages by id so a million events are never held at once, and the
// same proof of every signed chart entry. Text is stored as UTF-8, so a field's bytes are its UTF-8 encoding.
// Signed checkpoints are files of one workstation and are not used in center mode: the server's backups
// (pg_dump, WAL archiving) are what show a truncated trail there.

type Db = Kysely<DatabaseSchema>;
const PAGE = 5_000;
const bytes = (value: unknown): Buffer | null =>
  value === null || value === undefined ? null : Buffer.from(String(value as string | number), 'utf8');

async function walkChain(db: Db, total: number, breaks: BreakList, auditKey: Buffer, onProgress?: Progress) {
  const walk = new ChainWalk(auditKey, breaks);
  const columns = sql.raw(['id', 'chain', 'hash', ...AUDIT_MAC_COLUMNS].join(', '));
  let after = 0;
  for (;;) {
    const page = await sql<Record<string, unknown>>`SELECT ${columns} FROM audit_event
      WHERE id > ${after} ORDER BY id LIMIT ${PAGE}`.execute(db);
    for (const row of page.rows) {
      walk.push({
        id: row.id as number,
        chain: row.chain as number,
        hash: row.hash as string,
        fields: AUDIT_MAC_COLUMNS.map((c) => bytes(row[c])),
      });
    }
    onProgress?.(walk.checked, total);
    if (page.rows.length < PAGE) return walk;
    after = page.rows.at(-1)!.id as number;
  }
}

type Progress = (checked: number, total: number) => void;

async function checkSignedEntries(db: Db, breaks: BreakList): Promise<{ signed: number; legacy: number }> {
  const events = await db
    .selectFrom('audit_event')
    .select(['object_id', 'detail', 'chain', 'action'])
    .where('object_type', '=', 'chart_entry')
    .where('action', 'in', ['sign', 'correct', 'seal-signed-entries'])
    .orderBy('id')
    .execute();
  const expected = new Map<string, string>();
  const legacyIds = new Set<string>();
  for (const event of events) {
    if (event.chain !== 2 || !event.detail) {
      if (event.chain === 1 && event.object_id && event.action !== 'seal-signed-entries')
        legacyIds.add(event.object_id);
      continue;
    }
    const detail = JSON.parse(event.detail) as { contentHash?: string; entries?: Record<string, string> };
    if (detail.entries) for (const [id, hash] of Object.entries(detail.entries)) expected.set(id, hash);
    else if (detail.contentHash && event.object_id) expected.set(event.object_id, detail.contentHash);
  }
  const rows = await sql<Record<string, unknown>>`SELECT ${sql.raw(signedContentSelect('postgres'))}
    FROM chart_entry WHERE status = 'signed'`.execute(db);
  const stored = new Map(rows.rows.map((row) => [String(row.id), row]));
  for (const [id, hash] of expected) {
    const row = stored.get(id);
    if (!row) breaks.add('content', id, 'a signed entry was deleted');
    else if (signedContentHash(row) !== hash) breaks.add('content', id, 'a signed entry was changed after signing');
  }
  let legacy = 0;
  for (const id of stored.keys()) {
    if (expected.has(id)) continue;
    if (legacyIds.has(id)) legacy += 1;
    else breaks.add('unsigned-entry', id, 'a signed entry without a signature event in the audit trail');
  }
  return { signed: stored.size, legacy };
}

export async function verifyCenterAudit(
  db: Db,
  auditKey: Buffer,
  onProgress?: Progress,
): Promise<AuditVerification & { inspection: null }> {
  const breaks = new BreakList();
  const count = await db
    .selectFrom('audit_event')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const total = Number(count?.n ?? 0);
  onProgress?.(0, total);
  const walk = await walkChain(db, total, breaks, auditKey, onProgress);
  const entries = await checkSignedEntries(db, breaks);
  return {
    checked: walk.checked,
    total,
    breakCount: breaks.count,
    breaks: breaks.listed,
    headId: walk.headId,
    headHash: walk.headHash,
    signedEntries: entries.signed,
    legacyEntries: entries.legacy,
    checkpoints: 0,
    latestCheckpoint: null,
    inspection: null,
  };
}

/** The triggers and constraints that protect signed records, the trail and bookings on PostgreSQL. */
export const CENTER_PROTECTIONS = [
  'audit_event_no_update',
  'audit_event_no_delete',
  'audit_event_no_truncate',
  'appointment_event_no_update',
  'appointment_event_no_delete',
  'user_account_no_delete',
  'chart_entry_signed_no_update',
  'chart_entry_signed_no_delete',
  'chart_entry_no_truncate',
  'chart_entry_draft_identity',
  'chart_entry_correction_chain',
  'infusion_event_no_update',
  'infusion_event_no_delete',
  'visit_event_no_update',
  'visit_event_no_delete',
  'plan_order_one_current',
  'plan_order_frozen',
  'plan_order_status_moves',
  'plan_order_closed_final',
  'plan_order_no_delete',
  'plan_order_line_no_update',
  'plan_order_line_no_delete',
  'plan_order_line_while_awaiting',
  'plan_status_event_no_update',
  'plan_status_event_no_delete',
  'ready_release_no_update',
  'ready_release_no_delete',
  'plan_consent_append_only',
  'lab_result_only_void',
  'lab_result_no_delete',
  'drug_preparation_event_no_update',
  'drug_preparation_event_no_delete',
] as const;
const CENTER_CONSTRAINTS = ['appointment_chair_no_overlap', 'appointment_patient_no_overlap'] as const;

/** Missing or disabled protections (a trigger dropped or ALTER TABLE … DISABLE TRIGGER by hand). */
export async function centerProtectionBreaks(db: Db): Promise<ChainBreak[]> {
  const triggers = await sql<{ name: string; enabled: string }>`SELECT tgname AS name, tgenabled::text AS enabled
    FROM pg_trigger WHERE NOT tgisinternal`.execute(db);
  const constraints = await sql<{
    name: string;
  }>`SELECT conname AS name FROM pg_constraint WHERE contype = 'x'`.execute(db);
  const present = new Map(triggers.rows.map((t) => [t.name, t.enabled]));
  const exclusions = new Set(constraints.rows.map((c) => c.name));
  const breaks: ChainBreak[] = [];
  for (const name of CENTER_PROTECTIONS) {
    const enabled = present.get(name);
    if (enabled === undefined) breaks.push({ kind: 'protections', id: name, detail: 'trigger missing' });
    else if (enabled === 'D') breaks.push({ kind: 'protections', id: name, detail: 'trigger disabled' });
  }
  for (const name of CENTER_CONSTRAINTS) {
    if (!exclusions.has(name)) breaks.push({ kind: 'protections', id: name, detail: 'constraint missing' });
  }
  return breaks;
}
