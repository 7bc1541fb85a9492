import { analyteOf, type AnalyteId } from '../labs/analytes';
import type { DueLabRule, Monitoring, MonitoringSource, ReadyPolicy } from './monitoring';
import type { ReadyItem, ReadySource } from './result';

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

const names = (analytes: readonly AnalyteId[]) => ({
  en: analytes.map((a) => analyteOf(a).names.en).join(' or '),
  fr: analytes.map((a) => analyteOf(a).names.fr).join(' ou '),
});

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
  const item = (status: ReadyItem['status'], en: string, fr: string, isCenterValue = false): DueCheck => ({
    group,
    latest,
    item: { status, text: { en: `${name.en}: ${en}`, fr: `${name.fr} : ${fr}` }, sources, isCenterValue },
  });
  if (!latest)
    return item('not-met', 'no result — draw it before the dose.', 'aucun résultat — à prélever avant la dose.');
  const when = latest.drawnAt.replace('T', ' ');
  const window = windowOf(group, policy);
  if (window === 'any') return item('met', `on file (${when}).`, `au dossier (${when}).`);
  if (window.hours === null) {
    return window.missing === 'pre-dose'
      ? item(
          'unknown',
          `drawn ${when}; the center has not set how many hours before a dose it may be drawn (no source gives a number).`,
          `prélevé le ${when} ; le centre n’a pas fixé combien d’heures avant la dose le prélèvement reste valable (aucune source ne donne de chiffre).`,
        )
      : item(
          'unknown',
          `drawn ${when}; the center has not set how often “periodically” is (no source gives a number).`,
          `prélevé le ${when} ; le centre n’a pas fixé la fréquence « périodique » (aucune source ne donne de chiffre).`,
        );
  }
  const age = hoursBetween(latest.drawnAt, at);
  const limit = window.hours % 24 === 0 && window.hours >= 48 ? `${window.hours / 24} days` : `${window.hours} h`;
  const limitFr = window.hours % 24 === 0 && window.hours >= 48 ? `${window.hours / 24} jours` : `${window.hours} h`;
  return age <= window.hours
    ? item('met', `drawn ${when}, within ${limit}.`, `prélevé le ${when}, dans les ${limitFr}.`, window.isCenter)
    : item(
        'not-met',
        `drawn ${when}, older than ${limit} — draw it again.`,
        `prélevé le ${when}, plus de ${limitFr} — à reprélever.`,
        window.isCenter,
      );
}
