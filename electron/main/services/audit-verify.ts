import type { Store } from '../store/database';
import type { AuditEventRow } from '../store/schema';
import { verifyAuditRows, type ChainReport } from './audit';

/**
 * Walks the whole audit chain in id order, streaming rows from SQLite one at a time (a million events
 * take a couple of seconds and little memory). Read-only: usable on a copy of a database from the field.
 */
export function verifyAuditChain(store: Pick<Store, 'prepare'>): ChainReport {
  const rows = store.prepare<AuditEventRow & { id: number }>('SELECT * FROM audit_event ORDER BY id').iterate();
  return verifyAuditRows(rows);
}
