import type { Consent, ReadyRelease } from '../../../shared/ipc/contract/labs';
import type { Executor } from '../services/audit/audit';
import type { PlanConsentRow, ReadyReleaseRow } from '../store/schema-labs';

// SQL for consent per plan and the prescriber's releases of a Ready-to-treat hold (0500, append-only).

export async function insertConsent(ex: Executor, row: PlanConsentRow): Promise<void> {
  await ex.insertInto('plan_consent').values(row).execute();
}

export async function consentsOf(ex: Executor, planIds: readonly string[]): Promise<Consent[]> {
  if (planIds.length === 0) return [];
  const rows = await ex
    .selectFrom('plan_consent')
    .selectAll()
    .where('plan_id', 'in', [...planIds])
    .orderBy('consent_date')
    .orderBy('recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    date: r.consent_date,
    type: r.consent_type,
    obtainedBy: r.obtained_by,
    expiresOn: r.expires_on,
    recordedAt: r.recorded_at,
  }));
}

export async function insertRelease(ex: Executor, row: ReadyReleaseRow): Promise<void> {
  await ex.insertInto('ready_release').values(row).execute();
}

export async function releasesOf(ex: Executor, appointmentId: string): Promise<ReadyRelease[]> {
  const rows = await ex
    .selectFrom('ready_release as r')
    .leftJoin('user_account as u', 'u.id', 'r.entered_by')
    .selectAll('r')
    .select('u.display_name')
    .where('r.appointment_id', '=', appointmentId)
    .orderBy('r.entered_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    prescriberName: r.prescriber_name,
    reason: r.reason,
    orderedAt: r.ordered_at,
    releasedReasons: JSON.parse(r.released_reasons) as ReadyRelease['releasedReasons'],
    enteredBy: r.display_name,
    enteredAt: r.entered_at,
  }));
}
