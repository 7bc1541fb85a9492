import {
  checkWeight,
  isWeightDependent,
  latestWeight,
  type RecordedWeight,
  type WeightCheck,
} from '../../../../shared/clinical';
import { dateInZone } from '../../../../shared/schedule/timezone';
import type { TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import type { CoreDeps } from '../../core/deps';
import type { Executor } from '../audit/audit';
import { clinicTimeZone, clinicToday } from '../center/clinic-clock';
import { createSettingsService } from '../center/settings';
import { patientEntries, payloadOf } from './queries';
import type { EffectiveLibrary } from '../library/effective-library';
import { patientWeightRow } from '../../repositories/patients';

// Whether today's weight-based dose needs a fresh weight (shared/clinical/weight-check.ts), for the chairside
// to show before the start. The last weight is the newest of the patient record's and the signed
// pre-infusion assessments'; the limits are the center's settings.

async function recordedWeights(ex: Executor, patientId: string): Promise<(RecordedWeight | null)[]> {
  const patient = await patientWeightRow(ex, patientId);
  const fromRecord =
    patient?.weight_kg != null && patient.weight_measured_on
      ? { kg: patient.weight_kg, measuredOn: patient.weight_measured_on }
      : null;
  const assessments = (await patientEntries(ex, patientId, 'assessment')).filter((r) => r.status === 'signed');
  const fromAssessments = assessments.map((row) => {
    const kg = payloadOf<{ vitals: { weightKg?: number | null } }>(row).vitals?.weightKg;
    if (typeof kg !== 'number' || !row.signed_at) return null;
    return { kg, measuredOn: dateInZone(new Date(row.signed_at), clinicTimeZone()) };
  });
  return [fromRecord, ...fromAssessments];
}

function isWeightBasedPlan(library: EffectiveLibrary, plan: TreatmentPlan): boolean {
  const regimen = library.regimens.find((r) => r.id === plan.regimenId);
  if (regimen) return regimen.phases.some((p) => p.items.some((i) => isWeightDependent(i.dose)));
  return plan.weightKgUsed !== null;
}

export async function visitWeightCheck(
  deps: CoreDeps,
  ex: Executor,
  library: EffectiveLibrary,
  plan: TreatmentPlan,
): Promise<WeightCheck> {
  if (plan.kind !== 'regimen' || !isWeightBasedPlan(library, plan)) return { status: 'not-weight-based' };
  const settings = await createSettingsService(deps, ex).get();
  return checkWeight({
    isWeightBased: true,
    last: latestWeight(await recordedWeights(ex, plan.patientId)),
    planKg: plan.weightKgUsed,
    today: clinicToday(deps),
    policy: { maxAgeDays: settings.weightMaxAgeDays, maxChangePercent: settings.weightMaxChangePercent },
  });
}
