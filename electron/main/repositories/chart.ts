import type { ChartEntry, ChartPayload, ChartStatus } from '../../../shared/ipc/contract/chart';
import type { Executor } from '../services/audit/audit';
import type { ChartEntryRow } from '../store/schema-charting';
import { dialectOf } from '../store/dialect';

// SQL for chart_entry. "Current" means no later version supersedes the row: a correction chain has
// exactly one current row (supersedes_id is UNIQUE), found through the supersedes_id index.

export type ChartEntryRecord = ChartEntryRow & { is_current: number };

export function toChartEntry(row: ChartEntryRecord): ChartEntry {
  return {
    id: row.id,
    entryId: row.entry_id,
    patientId: row.patient_id,
    appointmentId: row.appointment_id,
    kind: row.kind,
    status: row.status as ChartStatus,
    version: row.version,
    supersedesId: row.supersedes_id,
    payload: JSON.parse(row.payload) as ChartPayload,
    authorId: row.author_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedBy: row.signed_by,
    signedAt: row.signed_at,
    verifiedBy: row.verified_by,
    verifiedAt: row.verified_at,
    correctionReason: row.correction_reason,
    isCurrent: row.is_current === 1,
  };
}

function selectEntries(db: Executor) {
  return db
    .selectFrom('chart_entry as c')
    .selectAll('c')
    .select((eb) =>
      eb
        .case()
        .when(eb.exists(eb.selectFrom('chart_entry as n').select('n.id').whereRef('n.supersedes_id', '=', 'c.id')))
        .then(0)
        .else(1)
        .end()
        .as('is_current'),
    );
}

/**
 * Holds one entry against concurrent writers until the transaction ends (PostgreSQL: SELECT … FOR UPDATE, so
 * a second workstation signing or correcting the same entry waits and then sees the first one's result, as
 * with SQLite, whose single writer already serialises them).
 */
export async function lockEntry(db: Executor, id: string): Promise<void> {
  if (!db.isTransaction || dialectOf(db) !== 'postgres') return;
  await db.selectFrom('chart_entry').select('id').where('id', '=', id).forUpdate().execute();
}

export async function findEntry(db: Executor, id: string): Promise<ChartEntryRecord | undefined> {
  return selectEntries(db).where('c.id', '=', id).executeTakeFirst();
}

export async function findEntryByRequest(db: Executor, clientRequestId: string): Promise<ChartEntryRecord | undefined> {
  return selectEntries(db).where('c.client_request_id', '=', clientRequestId).executeTakeFirst();
}

export async function entryHistory(db: Executor, entryId: string): Promise<ChartEntryRecord[]> {
  return selectEntries(db).where('c.entry_id', '=', entryId).orderBy('c.version').execute();
}

export interface CurrentEntriesFilter {
  patientId: string;
  kind?: string | undefined;
  appointmentId?: string | undefined;
}

export async function listCurrentEntries(db: Executor, filter: CurrentEntriesFilter): Promise<ChartEntryRecord[]> {
  let query = selectEntries(db)
    .where('c.patient_id', '=', filter.patientId)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('chart_entry as n').select('n.id').whereRef('n.supersedes_id', '=', 'c.id'))),
    );
  if (filter.kind) query = query.where('c.kind', '=', filter.kind);
  if (filter.appointmentId) query = query.where('c.appointment_id', '=', filter.appointmentId);
  return query.orderBy('c.created_at', 'desc').orderBy('c.entry_id').execute();
}

export async function insertEntry(db: Executor, row: ChartEntryRow): Promise<void> {
  await db.insertInto('chart_entry').values(row).execute();
}

export type DraftChange = Partial<
  Pick<
    ChartEntryRow,
    | 'payload'
    | 'appointment_id'
    | 'updated_at'
    | 'client_request_id'
    | 'status'
    | 'signed_by'
    | 'signed_at'
    | 'verified_by'
    | 'verified_at'
  >
>;

/** Changes a draft. No status filter on purpose: a bug that tried a signed row would hit the trigger loudly. */
export async function updateDraft(db: Executor, id: string, change: DraftChange): Promise<void> {
  await db.updateTable('chart_entry').set(change).where('id', '=', id).execute();
}

/** Whether the patient has a signed (current) infusion reaction in the chart. */
export async function hasSignedReaction(db: Executor, patientId: string): Promise<boolean> {
  const current = await listCurrentEntries(db, { patientId, kind: 'reaction' });
  return current.some((e) => e.status === 'signed');
}

/** The appointments among `ids` that have a signed check-in. */
export async function checkedInAppointmentIds(db: Executor, ids: readonly string[]): Promise<Set<string | null>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('chart_entry')
    .select('appointment_id')
    .where('kind', '=', 'check-in')
    .where('status', '=', 'signed')
    .where('appointment_id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.appointment_id));
}

/** An entry's kind and status only (what the generic chart channels check before anything else). */
export async function entryKindAndStatus(db: Executor, id: string) {
  return db.selectFrom('chart_entry').select(['kind', 'status']).where('id', '=', id).executeTakeFirst();
}
