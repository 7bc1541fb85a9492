import { FIELD_WORDS } from '../ipc/validation-words';
import { checkGroup, dueGroups, sourcesOf, type DoseDrug, type LabPoint } from './due-labs';
import type { Monitoring, ReadyPolicy } from './monitoring';
import { readyEn } from './messages.en';
import { lineOf, outcomeOf, type ReadyItem, type ReadyLine, type Readiness } from './result';
import { checkCriterion } from './values';
import { phrase, sayItem, when, type ReadyKey, type ReadyParams } from './words';

// Ready to treat for one patient and one dose: (a) due labs present and recent, (b) values against the hold
// criteria, (c) the worst open immune-related side effect, (d) corticosteroids above 10 mg prednisone-
// equivalent a day, (e) consent on file and in date, (f) education before the first dose, (g) the vitals
// flags. A pure function of what main read, so the panel, the signed assessment and the start agree.

export interface OpenIrae {
  term: string;
  grade: number | null;
  soc: string | null;
}

export interface ReadyFacts {
  drugs: DoseDrug[];
  doseNumber: number;
  /** When the dose is given, clinic-local "YYYY-MM-DDTHH:mm". */
  at: string;
  labs: LabPoint[];
  baselines: Partial<Record<string, number>>;
  openIraes: OpenIrae[];
  /** Prednisone-equivalent mg/day from the assessment; undefined when not answered. */
  steroidMgPerDay: number | null | undefined;
  consent: { date: string; expiresOn: string | null; type: string; obtainedBy: string } | null;
  educationDates: string[];
  /** The assessment's vital-sign flags; null when no vitals are recorded yet. */
  vitalFlags: { field: string; direction: 'low' | 'high'; value: number }[] | null;
}

type Say = (status: ReadyItem['status'], key: ReadyKey, params?: ReadyParams) => ReadyItem;
const sayer =
  (monitoring: Monitoring, ids: readonly string[]): Say =>
  (status, key, params) => ({ status, ...sayItem(key, params), sources: sourcesOf(monitoring, ids) });

function labLines(m: Monitoring, policy: ReadyPolicy, f: ReadyFacts): ReadyLine[] {
  const groups = dueGroups(m, f.drugs);
  const checks = groups.map((g) => checkGroup(m, policy, g, f.labs, f.at));
  const due = new Set(groups.flatMap((g) => g.analytes));
  const ctx = { labs: f.labs, baselines: f.baselines, at: f.at, dueAnalytes: due };
  const values = m.holdCriteria.map((c) => checkCriterion(m, policy, c, ctx)).filter((i) => i !== null);
  return [
    lineOf(
      'labs',
      checks.map((c) => c.item),
    ),
    lineOf('values', values),
  ];
}

function iraeLine(m: Monitoring, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.irae.sources);
  if (f.openIraes.length === 0) return lineOf('irae', [say('met', 'irae.none')]);
  const worst = [...f.openIraes].sort((a, b) => (b.grade ?? 9) - (a.grade ?? 9))[0]!;
  const holds = (i: OpenIrae) =>
    i.grade === null ||
    i.grade >= m.irae.holdFromGrade ||
    (i.soc !== null && m.irae.holdAtAnyGradeSocs.includes(i.soc));
  const held = f.openIraes.find(holds);
  const shown = held ?? worst;
  const grade = shown.grade === null ? phrase('irae.notGraded') : phrase('irae.grade', { grade: shown.grade });
  const params = { term: shown.term, grade };
  return lineOf('irae', [held ? say('not-met', 'irae.hold', params) : say('met', 'irae.continue', params)]);
}

function steroidLine(m: Monitoring, policy: ReadyPolicy, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.steroids.sources);
  const limit = policy.limits.steroids ?? m.steroids.prednisoneMgPerDayAtMost;
  const mg = f.steroidMgPerDay;
  if (mg === undefined) return lineOf('steroids', [say('unknown', 'steroids.notAsked')]);
  if (mg === null || mg <= limit) {
    const dose = mg === null || mg === 0 ? phrase('steroids.none') : phrase('steroids.dose', { mg });
    return lineOf('steroids', [say('met', 'steroids.withinLimit', { dose, limit })]);
  }
  return lineOf('steroids', [say('not-met', 'steroids.aboveLimit', { mg, limit })]);
}

/** The consent type in words; a type this version does not know is shown as stored rather than hidden. */
const consentType = (type: string) =>
  Object.hasOwn(readyEn.consent.types, type) ? phrase(`consent.types.${type}` as ReadyKey) : type;

function consentLine(m: Monitoring, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.consent.sources);
  const day = f.at.slice(0, 10);
  const c = f.consent;
  if (!c) return lineOf('consent', [say('not-met', 'consent.none')]);
  if (c.expiresOn !== null && c.expiresOn < day) {
    return lineOf('consent', [say('not-met', 'consent.expired', { expiresOn: when(c.expiresOn) })]);
  }
  const params = { type: consentType(c.type), date: when(c.date), obtainedBy: c.obtainedBy };
  return lineOf('consent', [
    c.expiresOn
      ? say('met', 'consent.onFileUntil', { ...params, expiresOn: when(c.expiresOn) })
      : say('met', 'consent.onFile', params),
  ]);
}

function educationLine(m: Monitoring, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.education.sources);
  const day = f.at.slice(0, 10);
  const given = f.educationDates.filter((d) => d.slice(0, 10) <= day).sort()[0];
  if (given) return lineOf('education', [say('met', 'education.given', { date: when(given.slice(0, 10)) })]);
  return lineOf('education', [
    f.doseNumber === 1 ? say('not-met', 'education.missingBeforeFirstDose') : say('unknown', 'education.notRecorded'),
  ]);
}

function vitalsLine(f: ReadyFacts): ReadyLine {
  const item = (status: ReadyItem['status'], key: ReadyKey, params?: ReadyParams): ReadyItem => ({
    status,
    ...sayItem(key, params),
    sources: [],
  });
  if (f.vitalFlags === null) return lineOf('vitals', [item('unknown', 'vitals.notRecorded')]);
  if (f.vitalFlags.length === 0) return lineOf('vitals', [item('met', 'vitals.noFlag')]);
  return lineOf(
    'vitals',
    f.vitalFlags.map((v) => {
      // The field in words with its unit ("temperature", 38.4 °C), never its name in the record (temperatureC).
      const words = FIELD_WORDS[v.field];
      const unit = words?.unit;
      return item('not-met', 'vitals.flag', {
        field: words ? { en: words.en, fr: words.fr } : v.field,
        direction: phrase(v.direction === 'low' ? 'vitals.low' : 'vitals.high'),
        value: unit ? phrase('vitals.measure', { value: v.value, unit }) : v.value,
      });
    }),
  );
}

export function evaluateReadiness(
  monitoring: Monitoring,
  policy: ReadyPolicy,
  facts: ReadyFacts,
  evaluatedAt: string,
): Readiness {
  return outcomeOf(
    [
      ...labLines(monitoring, policy, facts),
      iraeLine(monitoring, facts),
      steroidLine(monitoring, policy, facts),
      consentLine(monitoring, facts),
      educationLine(monitoring, facts),
      vitalsLine(facts),
    ],
    evaluatedAt,
  );
}
