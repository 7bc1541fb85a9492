import type { AuditObject, ReadView } from '../../../../shared/audit/codes';
import type { RecordAccess } from '../../../../shared/ipc/contract/audit';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { patientAuditRows, type Executor } from './audit';

// Looking at patient data is recorded like changing it (HIPAA §164.312(b) audit controls): who saw which
// patient's demographics, which day's schedule, on which workstation, when. The record-access report reads
// these rows back for one patient ("who looked at this record").

export interface ReadEvent {
  patientId?: string | null;
  objectType: AuditObject;
  objectId?: string | null;
  view: ReadView;
  detail?: Record<string, unknown>;
}

export async function recordRead(deps: Pick<CoreDeps, 'write'>, ctx: RequestContext, event: ReadEvent) {
  await deps.write(ctx, (_tx, { audit }) =>
    audit({
      patientId: event.patientId ?? null,
      action: 'read',
      objectType: event.objectType,
      objectId: event.objectId ?? null,
      detail: { view: event.view, ...event.detail },
    }),
  );
}

function viewOf(detail: string | null): string | null {
  if (!detail) return null;
  try {
    const parsed = JSON.parse(detail) as { view?: unknown; kind?: unknown };
    if (typeof parsed.view === 'string') return parsed.view;
    return typeof parsed.kind === 'string' ? parsed.kind : null;
  } catch {
    return null;
  }
}

/** Everyone who read or changed this patient's record, newest first. */
export async function recordAccessFor(db: Executor, patientId: string, limit: number): Promise<RecordAccess[]> {
  const rows = await patientAuditRows(db, patientId, limit);
  return rows.map((r) => ({
    atUtc: r.at_utc,
    userId: r.user_id,
    userName: r.display_name,
    workstation: r.workstation,
    action: r.action,
    objectType: r.object_type,
    view: viewOf(r.detail),
  }));
}
