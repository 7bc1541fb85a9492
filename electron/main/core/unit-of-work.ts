import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditAction, AuditObject } from '../../../shared/audit/codes';
import { appendAudit } from '../repositories/audit';
import type { Store } from '../store/database';
import type { Executor } from '../store/executor';

// One unit of work for every write: `deps.write(ctx, async (tx, { at, audit }) => …)` opens the transaction
// on the store's executor (the SQLite file or the center's PostgreSQL pool), stamps the time once from the
// core's clock, and appends the audit events through the serialised append (repositories/audit.ts: the hash
// chain, and on PostgreSQL its advisory lock) inside that same transaction. The change and its audit trail
// commit together or roll back together; no service opens a transaction or stamps an audit event by hand.
//
// Nested use (a write inside a write, e.g. a service that writes calling another that writes) reuses the
// open transaction and its time: one unit, one commit. Opening a second transaction instead would wait
// forever on SQLite's single connection.

/** Who is acting: the signed-in user (if any) on this workstation (the router's RequestContext). */
export interface WriteActor {
  userId: string | null;
  workstation: string;
}

/** One audit event of the unit; the time, the actor and the workstation are the unit's. */
export interface AuditNote {
  /** A code of shared/audit/codes.ts: the audit screen words each one in both languages. */
  action: AuditAction;
  objectType: AuditObject;
  objectId?: string | null;
  patientId?: string | null;
  detail?: unknown;
  /** Another actor than ctx's, where the event names one (the account a first run creates, say). */
  userId?: string | null;
}

export interface UnitOfWork {
  /** The unit's time (ISO 8601, UTC) from the core's clock: stamp rows with it too. */
  at: string;
  /** Appends an audit event in this transaction, stamped with the unit's time, actor and workstation. */
  audit: (note: AuditNote) => Promise<void>;
}

/**
 * The actor of a write nobody asked for in a request (start-up, a scheduled backup, a background check): this
 * workstation, and no user.
 */
export const workstationActor = (workstation: string): WriteActor => ({ userId: null, workstation });

export type Write = <T>(ctx: WriteActor, work: (tx: Executor, unit: UnitOfWork) => Promise<T>) => Promise<T>;

interface OpenUnit {
  tx: Executor;
  at: string;
}

function unitOf(open: OpenUnit, ctx: WriteActor): UnitOfWork {
  return {
    at: open.at,
    audit: (note) =>
      appendAudit(open.tx, {
        atUtc: open.at,
        userId: note.userId === undefined ? ctx.userId : note.userId,
        workstation: ctx.workstation,
        patientId: note.patientId ?? null,
        action: note.action,
        objectType: note.objectType,
        objectId: note.objectId ?? null,
        ...(note.detail === undefined ? {} : { detail: note.detail }),
      }),
  };
}

/** The core's `write`, on whatever store `source` holds at the moment of each call. */
export function createWrite(source: { store: Pick<Store, 'db'>; now: () => Date }): Write {
  const current = new AsyncLocalStorage<OpenUnit>();
  return async (ctx, work) => {
    const outer = current.getStore();
    if (outer) return work(outer.tx, unitOf(outer, ctx));
    const at = source.now().toISOString();
    return source.store.db.transaction().execute((tx) => {
      const open = { tx, at };
      return current.run(open, () => work(tx, unitOf(open, ctx)));
    });
  };
}
