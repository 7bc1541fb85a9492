import { analyteOf, type AnalyteId } from '../labs/analytes';
import type { DueLabRule, Monitoring, MonitoringSource, ReadyPolicy } from './monitoring';
import type { ReadyItem, ReadySource } from './result';
import { phrase, sayItem, when, type Phrase, type ReadyKey, type ReadyParam, type ReadyParams } from './words';

// Which labs a dose needs and whether the patient has them recent enough at the time the dose is given:
// the same answer for the Assessment's line (a), the "labs needed" worklist and the day view's flag.

export interface DoseDrug {
  drugId: string;
  /** True for checkpoint inhibitors (the library's drugs); false for CAR T products. */
  isCheckpoint: boolean;
}

export interface LabPoint {
  analyte: AnalyteId;
  drawnAt: string;
  valueText: string;
  /** The value in the unit it was entered in (null for a qualitative result), for display in the reader's locale. */
  valueNumber: number | null;
  unit: string;
  firstUnitValue: number | null;
  comparator: '<' | '>' | null;
  firstUnitRefHigh: number | null;
}

export interface DueGroup {
  analytes: AnalyteId[];
  rules: DueLabRule[];
}

function applies(rule: DueLabRule, drugs: readonly DoseDrug[]): boolean {
  switch (rule.appliesTo.kind) {
    case 'checkpoint':
      return drugs.some((d) => d.isCheckpoint);
    case 'car-t':
      return drugs.some((d) => !d.isCheckpoint);
    case 'drugs': {
      const ids = rule.appliesTo.drugIds;
      return drugs.some((d) => ids.includes(d.drugId));
    }
  }
}

/** The lab requirements of a dose, one group per analyte set, with every rule that asks for it. */
export function dueGroups(monitoring: Monitoring, drugs: readonly DoseDrug[]): DueGroup[] {
  const groups = new Map<string, DueGroup>();
  for (const rule of monitoring.dueLabs.filter((r) => applies(r, drugs))) {
    for (const set of rule.analytes) {
      const key = [...set].sort().join('|');
      const group = groups.get(key) ?? { analytes: [...set], rules: [] };
      group.rules.push(rule);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

export const sourcesOf = (monitoring: Monitoring, ids: readonly string[]): ReadySource[] =>
  [...new Set(ids)].map((id) => {
    const s: MonitoringSource = monitoring.sources[id]!;
    return { title: s.title, url: s.url, revised: s.revised };
  });

/** Hours between two clinic-local times "YYYY-MM-DDTHH:mm". */
export function hoursBetween(from: string, to: string): number {
  const ms = (t: string) => Date.parse(`${t.slice(0, 16)}:00Z`);
  return (ms(to) - ms(from)) / 3_600_000;
}

/** The most recent result of any analyte in the group drawn at or before `at`. */
export function latestOf(labs: readonly LabPoint[], analytes: readonly AnalyteId[], at: string): LabPoint | null {
  const found = labs.filter((l) => analytes.includes(l.analyte) && l.drawnAt <= at);
  return found.sort((a, b) => b.drawnAt.localeCompare(a.drawnAt))[0] ?? null;
}

type Window = { hours: number; isCenter: boolean } | { hours: null; missing: 'pre-dose' | 'periodic' } | 'any';

/** The strictest window of a group's rules (the center's where no source gives one). */
function windowOf(group: DueGroup, policy: ReadyPolicy): Window {
  let best: Window = 'any';
  for (const rule of group.rules) {
    const w: Window =
      rule.when.kind === 'once'
        ? 'any'
        : rule.when.kind === 'every-days'
          ? { hours: rule.when.days * 24, isCenter: false }
          : rule.when.kind === 'each-dose'
            ? policy.preDoseMaxAgeHours === null
              ? { hours: null, missing: 'pre-dose' }
              : { hours: policy.preDoseMaxAgeHours, isCenter: true }
            : policy.periodicMaxAgeDays === null
              ? { hours: null, missing: 'periodic' }
              : { hours: policy.periodicMaxAgeDays * 24, isCenter: true };
    if (best === 'any' || (w !== 'any' && (w.hours === null || (best.hours !== null && w.hours < best.hours)))) {
      best = w;
    }
  }
  return best;
}

/** The group's analytes, any of which will do: "Cortisol or ACTH". */
const names = (analytes: readonly AnalyteId[]): ReadyParam =>
  analytes.map((a): ReadyParam => analyteOf(a).names).reduce((first, next) => phrase('labs.either', { first, next }));

/** A window the way a nurse counts it: hours below two days, whole days from two days ("3 days"). */
const windowWords = (hours: number): Phrase =>
  hours % 24 === 0 && hours >= 48 ? phrase('labs.days', { count: hours / 24 }) : phrase('labs.hours', { hours });

export interface DueCheck {
  group: DueGroup;
  latest: LabPoint | null;
  item: ReadyItem;
}

/** Line (a) for one group at the time the dose is given (`at`, clinic-local "YYYY-MM-DDTHH:mm"). */
export function checkGroup(
  monitoring: Monitoring,
  policy: ReadyPolicy,
  group: DueGroup,
  labs: readonly LabPoint[],
  at: string,
): DueCheck {
  const name = names(group.analytes);
  const sources = sourcesOf(
    monitoring,
    group.rules.flatMap((r) => r.sources),
  );
  const latest = latestOf(labs, group.analytes, at);
  const item = (status: ReadyItem['status'], key: ReadyKey, params: ReadyParams = {}, isCenterValue = false) => ({
    group,
    latest,
    item: { status, ...sayItem(key, { names: name, ...params }), sources, isCenterValue },
  });
  if (!latest) return item('not-met', 'labs.missing');
  const drawnAt = when(latest.drawnAt);
  const window = windowOf(group, policy);
  if (window === 'any') return item('met', 'labs.onFile', { drawnAt });
  if (window.hours === null) {
    return item('unknown', window.missing === 'pre-dose' ? 'labs.preDoseNotSet' : 'labs.periodicNotSet', { drawnAt });
  }
  const within = hoursBetween(latest.drawnAt, at) <= window.hours;
  const params = { drawnAt, window: windowWords(window.hours) };
  return item(within ? 'met' : 'not-met', within ? 'labs.within' : 'labs.older', params, window.isCenter);
}
