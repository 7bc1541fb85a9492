import { addDays } from '../../../../shared/clinical/dates';
import type { LabsNeededItem } from '../../../../shared/ipc/contract/labs';
import { checkGroup, dueGroups, type LabPoint } from '../../../../shared/ready/due-labs';
import type { Monitoring, ReadyPolicy } from '../../../../shared/ready/monitoring';
import { loadMonitoring } from '../../clinical/load-monitoring';
import type { CoreDeps } from '../../core/deps';
import { bookedDosesBetween } from '../../repositories/patient-appointments';
import { currentLabsOf } from '../../repositories/labs';
import type { Executor } from '../audit/audit';
import { loadVisit } from '../charting/visit';
import { doseDrugs, doseTime, labPointOf } from './ready-facts';
import { readReadyPolicy } from './ready-policy';

// "Labs needed": the booked doses of the coming days whose due labs are missing, or will be too old by the
// dose's time, so they can be drawn the day before. The day view's "labs pending" flag is the same answer
// (labsPendingOf), worked out with line (a) of Ready to treat.

interface Context {
  deps: CoreDeps;
  ex: Executor;
  monitoring: Monitoring;
  policy: ReadyPolicy;
}

async function neededFor(c: Context, appointmentId: string, labs: LabPoint[]) {
  const visit = await loadVisit(c.deps, appointmentId, c.ex);
  const groups = dueGroups(
    c.monitoring,
    doseDrugs(
      c.deps,
      visit.drugs.map((d) => d.drugId),
    ),
  );
  const at = doseTime(c.deps, visit.appointment.date, visit.appointment.start);
  const items = groups.map((g) => checkGroup(c.monitoring, c.policy, g, labs, at).item);
  return { visit, needed: items.filter((i) => i.status !== 'met').map((i) => i.text) };
}

export async function labsNeeded(deps: CoreDeps, from: string, days: number): Promise<LabsNeededItem[]> {
  const ex = deps.store.db;
  const c: Context = { deps, ex, monitoring: loadMonitoring(deps.resourcesDir), policy: await readReadyPolicy(ex) };
  const rows = await bookedDosesBetween(ex, from, addDays(from, days));
  const labs = await currentLabsOf(ex, [...new Set(rows.map((r) => r.patient_id))]);
  const out: LabsNeededItem[] = [];
  for (const row of rows) {
    const own = labs.filter((l) => l.patientId === row.patient_id).map(labPointOf);
    const { visit, needed } = await neededFor(c, row.id, own);
    if (needed.length === 0) continue;
    out.push({
      appointmentId: row.id,
      patientId: row.patient_id,
      patientName: `${row.family_name.toUpperCase()}, ${row.given_name}`,
      mrn: row.mrn,
      date: row.date,
      start: row.start_minute,
      regimenName: visit.plan.regimenName,
      doseNumber: row.dose_number,
      needed,
    });
  }
  return out;
}

/** The day view's "labs pending" flag: the appointments of `date` that labsNeeded lists (worked out on read). */
export async function labsPendingIds(deps: CoreDeps, date: string): Promise<Set<string>> {
  return new Set((await labsNeeded(deps, date, 1)).map((item) => item.appointmentId));
}
