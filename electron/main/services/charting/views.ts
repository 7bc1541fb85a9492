import { allowedGrades, daysBetween, searchCtcae, type Gradable, type NotGradable } from '../../../../shared/clinical';
import type { CarTToxicityPayload } from '../../../../shared/charting/kinds-car-t';
import type { IraePayload } from '../../../../shared/charting/kinds-irae';
import type { ReactionPayload } from '../../../../shared/charting/kinds-reaction';
import type { CarTView, IraeTimelineItem, PatientAlerts } from '../../../../shared/ipc/contract/charting';
import type { TreatmentPlan } from '../../../../shared/ipc/contract/plans';
import type { CoreDeps } from '../../core/deps';
import { dateInZone } from '../../../../shared/schedule/timezone';
import { clinicTimeZone, clinicToday } from '../center/clinic-clock';
import { createPlansService } from '../plans/plans';
import { patientNameRow } from '../../repositories/patients';
import { patientEntries, payloadOf } from './queries';
import { ageInYears } from '../../../../shared/patients/age';
import { CAR_T_TREND_DAYS } from './worklist';

// Read-only views across a patient's visits: the irAE timeline over cycles, the CAR T day 0–14 trend, the
// reaction alert the banner shows, and the CTCAE term search of the side-effect form.

/**
 * A stored grade as the view shows it. Entries signed before grades said "graded" or "not gradable yet"
 * carry only { grade, reason }: those were graded.
 */
function asGradable(stored: unknown): Gradable | null {
  if (stored === null || typeof stored !== 'object') return null;
  const value = stored as Record<string, unknown>;
  if (value.status === 'incomplete' && Array.isArray(value.missing)) {
    const { missing, lowest, highest, reason } = value as unknown as NotGradable;
    return { status: 'incomplete', missing, lowest, highest, reason };
  }
  if (typeof value.grade !== 'number') return null;
  return { status: 'graded', grade: value.grade, reason: typeof value.reason === 'string' ? value.reason : '' };
}

export function createChartingViews(deps: CoreDeps) {
  const db = deps.store.db;
  const plans = createPlansService(deps);

  function ctcaeSearch(query: string, limit: number) {
    const grades = new Map(deps.library.ctcaeGrades.map((g) => [g.meddraCode, g]));
    return searchCtcae(deps.library.ctcaeTerms, query, limit).map((t) => ({
      meddraCode: t.meddraCode,
      term: t.term,
      soc: t.soc,
      allowedGrades: allowedGrades(grades.get(t.meddraCode)),
      hasGradeText: grades.has(t.meddraCode),
    }));
  }

  function planCache() {
    const cache = new Map<string, TreatmentPlan | null>();
    return async (id: string | null | undefined): Promise<TreatmentPlan | null> => {
      if (!id) return null;
      if (!cache.has(id)) cache.set(id, await plans.get(id).catch(() => null));
      return cache.get(id) ?? null;
    };
  }

  /** The cycle of the last dose given (or due) on or before the onset. */
  function cycleAt(plan: TreatmentPlan | null, date: string | null | undefined): number | null {
    if (!plan || !date) return null;
    const before = plan.doses.filter((d) => (d.appointment?.date ?? d.targetDate) <= date);
    return before.at(-1)?.cycle ?? null;
  }

  async function iraeTimeline(patientId: string): Promise<IraeTimelineItem[]> {
    const plan = planCache();
    const items: IraeTimelineItem[] = [];
    for (const row of await patientEntries(db, patientId, 'irae')) {
      const p = payloadOf<IraePayload>(row);
      const found = await plan(p.planId);
      items.push({
        id: row.id,
        entryId: row.entry_id,
        status: row.status as 'draft' | 'signed',
        meddraCode: p.meddraCode ?? '',
        term: p.term ?? '',
        grade: p.grade ?? null,
        onsetDate: p.onsetDate ?? null,
        resolutionDate: p.resolutionDate ?? null,
        actions: p.actions ?? [],
        planId: p.planId ?? null,
        regimenName: found?.regimenName ?? null,
        cycle: cycleAt(found, p.onsetDate),
      });
    }
    return items.sort((a, b) => (a.onsetDate ?? '9999').localeCompare(b.onsetDate ?? '9999'));
  }

  async function carT(patientId: string): Promise<CarTView> {
    const list = await plans.listForPatient(patientId);
    const summary = list
      .filter((p) => p.kind === 'car-t' && p.carT)
      .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
    const today = clinicToday(deps);
    const patient = await patientNameRow(db, patientId);
    const ageYears = patient ? ageInYears(patient.birth_date, today) : null;
    if (!summary?.carT) return { ageYears, plan: null, today, points: [] };
    const { day0, dailyMonitoringEnd } = summary.carT;
    const rows = await patientEntries(db, patientId, 'car-t-toxicity');
    const points = rows
      .map((row) => ({ row, p: payloadOf<CarTToxicityPayload>(row) }))
      .filter(({ p }) => p.planId === summary.id && typeof p.date === 'string')
      .map(({ row, p }) => ({
        id: row.id,
        status: row.status as 'draft' | 'signed',
        date: p.date!,
        time: p.time ?? null,
        day: daysBetween(day0, p.date!),
        temperatureC: p.temperatureC ?? null,
        crs: asGradable(p.crs),
        icans: asGradable(p.icans),
      }))
      .filter((pt) => pt.day >= 0 && pt.day <= CAR_T_TREND_DAYS)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
    const plan = { id: summary.id, productName: summary.regimenName, day0, dailyMonitoringEnd, status: summary.status };
    return { ageYears, plan, today, points };
  }

  async function alerts(patientId: string): Promise<PatientAlerts> {
    const rows = (await patientEntries(db, patientId, 'reaction')).filter((r) => r.status === 'signed');
    let best: PatientAlerts['reaction'] = null;
    for (const row of rows) {
      const p = payloadOf<ReactionPayload>(row);
      if (typeof p.grade !== 'number') continue;
      const date = dateInZone(new Date(row.signed_at ?? row.created_at), clinicTimeZone());
      if (!best || p.grade > best.grade || (p.grade === best.grade && date > best.date)) {
        best = { grade: p.grade, date, drugName: p.drugName ?? '', entryId: row.entry_id };
      }
    }
    return { reaction: best };
  }

  return { ctcaeSearch, iraeTimeline, carT, alerts };
}
