import { randomUUID } from 'node:crypto';
import type { Consent } from '../../../../shared/ipc/contract/labs';
import type { CoreDeps } from '../../core/deps';
import { invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { consentsOf, insertConsent } from '../../repositories/readiness';
import { clinicToday } from '../center/clinic-clock';
import { requireSignedIn } from '../auth/session';
import { findPlanOwner } from '../../repositories/plans';

// Consent per treatment plan (ASCO-ONS 2024: documented before starting and when the plan changes): the date,
// the type, who obtained it and, when the center's form has one, its expiry. Append-only: a new consent is a
// new record; the latest is the one Ready to treat and the banner read.

export interface ConsentInput {
  planId: string;
  date: string;
  type: Consent['type'];
  obtainedBy: string;
  expiresOn: string | null;
}

export function createConsent(deps: CoreDeps) {
  const db = deps.store.db;

  async function list(planId: string): Promise<Consent[]> {
    return consentsOf(db, [planId]);
  }

  async function record(input: ConsentInput, ctx: RequestContext): Promise<Consent[]> {
    requireSignedIn(ctx, 'Recording consent');
    if (input.date > clinicToday(deps))
      throw invalid('date', 'consent-in-future', 'Consent date: a consent cannot be dated in the future.');
    if (input.expiresOn !== null && input.expiresOn < input.date) {
      throw invalid('expiresOn', 'expiry-before-consent', 'Expiry: the expiry is before the consent date.');
    }
    await deps.write(ctx, async (trx, { at, audit }) => {
      const plan = await findPlanOwner(trx, input.planId);
      if (!plan) throw notFound('plan-not-found', 'The treatment plan');
      const id = randomUUID();
      await insertConsent(trx, {
        id,
        plan_id: input.planId,
        consent_date: input.date,
        consent_type: input.type,
        obtained_by: input.obtainedBy,
        expires_on: input.expiresOn,
        recorded_by: ctx.userId,
        recorded_at: at,
        workstation: ctx.workstation,
      });
      await audit({
        patientId: plan.patient_id,
        action: 'consent.record',
        objectType: 'plan',
        objectId: input.planId,
        detail: {
          consentId: id,
          date: input.date,
          type: input.type,
          obtainedBy: input.obtainedBy,
          expiresOn: input.expiresOn,
        },
      });
    });
    return list(input.planId);
  }

  return { list, record };
}
