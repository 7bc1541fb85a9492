import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AuditEvent } from '../../../shared/ipc/contract/audit';
import type { AuditEventRow, DatabaseSchema } from '../store/schema';

export type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

export interface AuditInput {
  atUtc: string;
  userId: string | null;
  workstation: string;
  patientId?: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  detail?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

type HashedFields = Omit<AuditEventRow, 'id' | 'hash'>;

/** The hash covers every column but the id, in a fixed order, chained to the previous row's hash. */
export function hashAuditRow(row: HashedFields): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.at_utc,
    row.user_id,
    row.workstation,
    row.patient_id,
    row.action,
    row.object_type,
    row.object_id,
    row.detail,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one event. Call it inside the transaction of the change it records, so the change and its audit
 * row are committed together or not at all.
 */
export async function appendAudit(executor: Executor, input: AuditInput): Promise<void> {
  const last = await executor.selectFrom('audit_event').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const fields: HashedFields = {
    prev_hash: last?.hash ?? GENESIS_HASH,
    at_utc: input.atUtc,
    user_id: input.userId,
    workstation: input.workstation,
    patient_id: input.patientId ?? null,
    action: input.action,
    object_type: input.objectType,
    object_id: input.objectId ?? null,
    detail: input.detail === undefined ? null : JSON.stringify(input.detail),
  };
  await executor
    .insertInto('audit_event')
    .values({ ...fields, hash: hashAuditRow(fields) })
    .execute();
}

export interface AuditFilter {
  from?: string | undefined;
  to?: string | undefined;
  userId?: string | undefined;
  patientId?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  limit: number;
}

/** Newest first, with the user's display name and the patient's MRN (never the patient's name). */
export async function listAudit(db: Executor, filter: AuditFilter): Promise<AuditEvent[]> {
  let query = db
    .selectFrom('audit_event as a')
    .leftJoin('user_account as u', 'u.id', 'a.user_id')
    .leftJoin('patient as p', 'p.id', 'a.patient_id')
    .selectAll('a')
    .select(['u.display_name as user_name', 'p.mrn as patient_mrn']);
  if (filter.from) query = query.where('a.at_utc', '>=', filter.from);
  if (filter.to) query = query.where('a.at_utc', '<', filter.to);
  if (filter.userId) query = query.where('a.user_id', '=', filter.userId);
  if (filter.patientId) query = query.where('a.patient_id', '=', filter.patientId);
  if (filter.action) query = query.where('a.action', '=', filter.action);
  if (filter.objectType) query = query.where('a.object_type', '=', filter.objectType);
  const rows = await query.orderBy('a.id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    atUtc: r.at_utc,
    userId: r.user_id,
    userName: r.user_name,
    workstation: r.workstation,
    patientId: r.patient_id,
    patientMrn: r.patient_mrn,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    detail: r.detail,
  }));
}

export interface ChainReport {
  checked: number;
  /** The id of the first row whose hash or link does not match, or null when the chain is intact. */
  firstBrokenId: number | null;
}

/** Walks the chain in id order; rows are streamed so a million events do not sit in memory at once. */
export function verifyAuditRows(rows: Iterable<AuditEventRow & { id: number }>): ChainReport {
  let previous = GENESIS_HASH;
  let checked = 0;
  for (const row of rows) {
    checked += 1;
    if (row.prev_hash !== previous || hashAuditRow(row) !== row.hash) return { checked, firstBrokenId: row.id };
    previous = row.hash;
  }
  return { checked, firstBrokenId: null };
}
