import type { AuditEvent } from '../../../shared/ipc/contract/audit';
import { toWellFormedText } from '../../../shared/ipc/text';
import { AUDIT_MAC_COLUMNS } from '../store/audit-mac';
import { auditHashValue, lockAuditChain } from '../store/audit-append';
import { dialectOf } from '../store/dialect';
import { GENESIS_HASH } from '../store/audit-chain';
import type { Executor } from '../store/executor';

export type { Executor };
export { GENESIS_HASH };

export interface AuditInput {
  atUtc: string;
  userId: string | null;
  workstation: string;
  patientId?: string | null;
  /** The app's services write through the unit of work, whose note takes only shared/audit/codes.ts codes. */
  action: string;
  objectType: string;
  objectId?: string | null;
  detail?: unknown;
}

const text = (value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : toWellFormedText(value);

/**
 * Appends one event, chained to the last one by a keyed hash. Call it inside the transaction of the change
 * it records, so the change and its audit row are committed together or not at all. The hash covers the
 * bytes the database stores (store/audit-append.ts), never the JavaScript strings: a lone surrogate that
 * reached this far is stored as U+FFFD and hashed as U+FFFD. On PostgreSQL appends are serialised across
 * workstations, so the chain never forks.
 */
export async function appendAudit(executor: Executor, input: AuditInput): Promise<void> {
  // PostgreSQL's lock is transaction-scoped: an append made outside a transaction gets its own.
  if (!executor.isTransaction && dialectOf(executor) === 'postgres') {
    return executor.transaction().execute((trx) => appendAudit(trx, input));
  }
  await lockAuditChain(executor);
  const last = await executor
    .selectFrom('audit_event')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields = {
    prev_hash: last?.hash ?? GENESIS_HASH,
    at_utc: toWellFormedText(input.atUtc),
    user_id: text(input.userId),
    workstation: toWellFormedText(input.workstation),
    patient_id: text(input.patientId),
    action: toWellFormedText(input.action),
    object_type: toWellFormedText(input.objectType),
    object_id: text(input.objectId),
    // JSON.stringify escapes lone surrogates (\ud800), so a detail is always well-formed.
    detail: input.detail === undefined ? null : JSON.stringify(input.detail),
  };
  const hash = auditHashValue(
    executor,
    AUDIT_MAC_COLUMNS.map((c) => fields[c]),
  );
  await executor
    .insertInto('audit_event')
    .values({ ...fields, chain: 2, hash })
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

/** The audit events that name this patient, with who acted, newest first. */
export async function patientAuditRows(db: Executor, patientId: string, limit: number) {
  return db
    .selectFrom('audit_event as a')
    .leftJoin('user_account as u', 'u.id', 'a.user_id')
    .select(['a.at_utc', 'a.user_id', 'u.display_name', 'a.workstation', 'a.action', 'a.object_type', 'a.detail'])
    .where('a.patient_id', '=', patientId)
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}
