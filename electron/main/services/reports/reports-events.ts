import type { CarTRow, IraeRow, ReactionRow, ReportRange } from '../../../../shared/ipc/contract/reports';
import type { CoreDeps } from '../../core/deps';
import * as repo from '../../repositories/reports';

// The clinical parts of the center report: infusion reactions, irAEs, CAR T toxicity and first-dose
// education. Payloads are JSON read here (the SQL stays portable); a payload that does not parse is skipped,
// never guessed.

function parse<T>(payload: string): Partial<T> {
  try {
    return JSON.parse(payload) as Partial<T>;
  } catch {
    return {};
  }
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, { item: T; n: number }> {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = keyOf(item);
    const c = counts.get(k);
    if (c) c.n += 1;
    else counts.set(k, { item, n: 1 });
  }
  return counts;
}

export async function reactionRows(deps: CoreDeps, range: ReportRange): Promise<ReactionRow[]> {
  const rows = await repo.reactionsInRange(deps.store.db, range.from, range.to);
  const items = rows.map((r) => {
    const p = parse<{ drugId: string; grade: number | null }>(r.payload);
    return {
      drugId: p.drugId ?? 'unknown',
      doseNumber: r.dose_number,
      grade: typeof p.grade === 'number' ? p.grade : null,
      firstDose: r.is_first_dose === 1,
    };
  });
  const counts = countBy(items, (i) => `${i.drugId}|${i.doseNumber}|${i.grade}|${i.firstDose}`);
  return [...counts.values()]
    .map(({ item, n }) => ({ ...item, reactions: n }))
    .toSorted(
      (a, b) => a.drugId.localeCompare(b.drugId) || a.doseNumber - b.doseNumber || (a.grade ?? 0) - (b.grade ?? 0),
    );
}

interface IraeFacts {
  meddraCode: string;
  term: string;
  grade: number | null;
  onsetDate: string | null;
  planId: string | null;
}

/** An irAE is a first-dose event when its plan had given at most one dose by the onset. */
async function firstDoseOnset(deps: CoreDeps, events: readonly IraeFacts[]) {
  const planIds = [...new Set(events.map((e) => e.planId).filter((p): p is string => p !== null))];
  const given = await repo.givenDoseDates(deps.store.db, planIds);
  return (e: IraeFacts) =>
    e.planId !== null &&
    e.onsetDate !== null &&
    given.filter((g) => g.plan_id === e.planId && g.date <= e.onsetDate!).length <= 1;
}

export async function iraeRows(deps: CoreDeps, range: ReportRange, fromUtc: string): Promise<IraeRow[]> {
  const rows = await repo.signedEntriesSince(deps.store.db, 'irae', fromUtc);
  const events = rows
    .map((r) => parse<IraeFacts>(r.payload))
    .filter((p): p is IraeFacts => typeof p.meddraCode === 'string' && typeof p.term === 'string')
    .filter((p) => p.onsetDate !== null && p.onsetDate >= range.from && p.onsetDate <= range.to);
  const plans = new Map(
    (await repo.plansByIds(deps.store.db, [...new Set(events.flatMap((e) => (e.planId ? [e.planId] : [])))])).map(
      (p) => [p.id, p.regimen_name],
    ),
  );
  const isFirst = await firstDoseOnset(deps, events);
  const socOf = new Map(deps.library.ctcaeTerms.map((t) => [t.meddraCode, t.soc]));
  const items = events.map((e) => ({
    soc: socOf.get(e.meddraCode) ?? 'Unknown',
    term: e.term,
    meddraCode: e.meddraCode,
    grade: e.grade ?? null,
    regimen: e.planId ? (plans.get(e.planId) ?? null) : null,
    firstDose: isFirst(e),
  }));
  const counts = countBy(items, (i) => `${i.meddraCode}|${i.grade}|${i.regimen}|${i.firstDose}`);
  return [...counts.values()]
    .map(({ item, n }) => ({ ...item, events: n }))
    .toSorted((a, b) => a.soc.localeCompare(b.soc) || a.term.localeCompare(b.term) || (a.grade ?? 0) - (b.grade ?? 0));
}

interface GradeFacts {
  status: string;
  grade?: number;
}

interface CarTFacts {
  planId: string;
  date: string;
  crs: GradeFacts | null;
  icans: GradeFacts | null;
}

function dayBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Highest graded value and the day (from the infusion) of the first grade ≥ 1; ungraded entries are skipped. */
function worst(assessments: readonly CarTFacts[], pick: (a: CarTFacts) => GradeFacts | null, day0: string | null) {
  let max: number | null = null;
  let onset: string | null = null;
  for (const a of assessments) {
    const g = pick(a);
    if (!g || g.status !== 'graded' || typeof g.grade !== 'number') continue;
    max = Math.max(max ?? 0, g.grade);
    if (g.grade >= 1 && (onset === null || a.date < onset)) onset = a.date;
  }
  return { max, onsetDay: onset !== null && day0 !== null ? dayBetween(day0, onset) : null };
}

export async function carTRows(deps: CoreDeps, range: ReportRange, fromUtc: string): Promise<CarTRow[]> {
  const rows = await repo.signedEntriesSince(deps.store.db, 'car-t-toxicity', fromUtc);
  const byPlan = new Map<string, { mrn: string; list: CarTFacts[] }>();
  for (const r of rows) {
    const p = parse<CarTFacts>(r.payload);
    if (typeof p.planId !== 'string' || typeof p.date !== 'string') continue;
    if (p.date < range.from || p.date > range.to) continue;
    const facts = { planId: p.planId, date: p.date, crs: p.crs ?? null, icans: p.icans ?? null };
    const entry = byPlan.get(p.planId) ?? { mrn: r.mrn, list: [] };
    entry.list.push(facts);
    byPlan.set(p.planId, entry);
  }
  const infusions = new Map(
    (await repo.carTInfusionDates(deps.store.db, [...byPlan.keys()])).map((r) => [r.plan_id, r.date]),
  );
  return [...byPlan.entries()]
    .map(([planId, { mrn, list }]) => {
      const day0 = infusions.get(planId) ?? null;
      const crs = worst(list, (a) => a.crs, day0);
      const icans = worst(list, (a) => a.icans, day0);
      return {
        patientMrn: mrn,
        planId,
        infusionDate: day0,
        maxCrsGrade: crs.max,
        crsOnsetDay: crs.onsetDay,
        maxIcansGrade: icans.max,
        icansOnsetDay: icans.onsetDay,
        assessments: list.length,
      };
    })
    .toSorted((a, b) => a.patientMrn.localeCompare(b.patientMrn));
}

type Appointments = Awaited<ReturnType<typeof repo.appointmentsInRange>>;

/** First doses given or due in the range, and whether education (and a wallet card) was recorded by that day. */
export async function educationFigures(deps: CoreDeps, appointments: Appointments) {
  const firsts = appointments.filter((a) => a.is_first_dose === 1 && a.status !== 'cancelled' && a.status !== 'held');
  const entries = await repo.educationOf(deps.store.db, [...new Set(firsts.map((a) => a.patient_id))]);
  let withEducation = 0;
  let withWalletCard = 0;
  for (const a of firsts) {
    // Education counts when signed by the end of the dose's day (UTC date of the signature: a day's margin).
    const before = entries.filter((e) => e.patient_id === a.patient_id && (e.signed_at ?? '') <= `${a.date}T23:59:59Z`);
    if (before.length === 0) continue;
    withEducation += 1;
    if (before.some((e) => parse<{ walletCard: boolean }>(e.payload).walletCard === true)) withWalletCard += 1;
  }
  return {
    firstDoses: firsts.length,
    withEducation,
    withWalletCard,
    withoutEducation: firsts.length - withEducation,
  };
}
