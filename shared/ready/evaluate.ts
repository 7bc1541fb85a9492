import { checkGroup, dueGroups, sourcesOf, type DoseDrug, type LabPoint } from './due-labs';
import type { Monitoring, ReadyPolicy } from './monitoring';
import { lineOf, outcomeOf, type ReadyItem, type ReadyLine, type Readiness } from './result';
import { checkCriterion } from './values';

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

type Say = (status: ReadyItem['status'], en: string, fr: string) => ReadyItem;
const sayer =
  (monitoring: Monitoring, ids: readonly string[]): Say =>
  (status, en, fr) => ({ status, text: { en, fr }, sources: sourcesOf(monitoring, ids) });

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
  if (f.openIraes.length === 0)
    return lineOf('irae', [
      say('met', 'No open immune-related side effect.', 'Aucun effet indésirable immunologique en cours.'),
    ]);
  const worst = [...f.openIraes].sort((a, b) => (b.grade ?? 9) - (a.grade ?? 9))[0]!;
  const holds = (i: OpenIrae) =>
    i.grade === null ||
    i.grade >= m.irae.holdFromGrade ||
    (i.soc !== null && m.irae.holdAtAnyGradeSocs.includes(i.soc));
  const held = f.openIraes.find(holds);
  const shown = held ?? worst;
  const grade = shown.grade === null ? 'not graded' : `grade ${shown.grade}`;
  const gradeFr = shown.grade === null ? 'non gradé' : `grade ${shown.grade}`;
  return lineOf('irae', [
    held
      ? say(
          'not-met',
          `Open: ${shown.term}, ${grade} — resume only when grade 1 or less (prescriber decides).`,
          `En cours : ${shown.term}, ${gradeFr} — reprise seulement au grade 1 ou moins (décision du prescripteur).`,
        )
      : say(
          'met',
          `Open: ${shown.term}, ${grade} (continue with close monitoring).`,
          `En cours : ${shown.term}, ${gradeFr} (poursuivre avec surveillance étroite).`,
        ),
  ]);
}

function steroidLine(m: Monitoring, policy: ReadyPolicy, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.steroids.sources);
  const limit = policy.limits.steroids ?? m.steroids.prednisoneMgPerDayAtMost;
  const mg = f.steroidMgPerDay;
  if (mg === undefined)
    return lineOf('steroids', [
      say(
        'unknown',
        'Corticosteroids: not asked yet (prednisone-equivalent mg/day).',
        'Corticoïdes : pas encore demandé (mg/jour équivalent prednisone).',
      ),
    ]);
  if (mg === null || mg <= limit) {
    const dose = mg === null || mg === 0 ? 'none' : `${mg} mg/day prednisone-equivalent`;
    const doseFr = mg === null || mg === 0 ? 'aucun' : `${mg} mg/jour équivalent prednisone`;
    return lineOf('steroids', [
      say(
        'met',
        `Corticosteroids: ${dose} (limit ${limit} mg/day).`,
        `Corticoïdes : ${doseFr} (limite ${limit} mg/jour).`,
      ),
    ]);
  }
  return lineOf('steroids', [
    say(
      'not-met',
      `Corticosteroids: ${mg} mg/day prednisone-equivalent, above ${limit} mg/day.`,
      `Corticoïdes : ${mg} mg/jour équivalent prednisone, au-dessus de ${limit} mg/jour.`,
    ),
  ]);
}

function consentLine(m: Monitoring, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.consent.sources);
  const day = f.at.slice(0, 10);
  const c = f.consent;
  if (!c)
    return lineOf('consent', [
      say('not-met', 'Consent: none on file for this plan.', 'Consentement : aucun au dossier pour ce plan.'),
    ]);
  if (c.expiresOn !== null && c.expiresOn < day) {
    return lineOf('consent', [
      say('not-met', `Consent: expired on ${c.expiresOn}.`, `Consentement : expiré le ${c.expiresOn}.`),
    ]);
  }
  const until = c.expiresOn ? `, valid until ${c.expiresOn}` : '';
  const untilFr = c.expiresOn ? `, valable jusqu’au ${c.expiresOn}` : '';
  return lineOf('consent', [
    say(
      'met',
      `Consent: ${c.type}, ${c.date}, obtained by ${c.obtainedBy}${until}.`,
      `Consentement : ${c.type}, ${c.date}, recueilli par ${c.obtainedBy}${untilFr}.`,
    ),
  ]);
}

function educationLine(m: Monitoring, f: ReadyFacts): ReadyLine {
  const say = sayer(m, m.education.sources);
  const day = f.at.slice(0, 10);
  const given = f.educationDates.filter((d) => d.slice(0, 10) <= day).sort()[0];
  if (given)
    return lineOf('education', [
      say('met', `Education given on ${given.slice(0, 10)}.`, `Éducation faite le ${given.slice(0, 10)}.`),
    ]);
  return lineOf('education', [
    f.doseNumber === 1
      ? say(
          'not-met',
          'Education: not recorded before this first dose.',
          'Éducation : non enregistrée avant cette première dose.',
        )
      : say('unknown', 'Education: not recorded in Chairside.', 'Éducation : non enregistrée dans Chairside.'),
  ]);
}

function vitalsLine(f: ReadyFacts): ReadyLine {
  const item = (status: ReadyItem['status'], en: string, fr: string): ReadyItem => ({
    status,
    text: { en, fr },
    sources: [],
  });
  if (f.vitalFlags === null)
    return lineOf('vitals', [item('unknown', 'Vital signs: not recorded yet.', 'Signes vitaux : pas encore saisis.')]);
  if (f.vitalFlags.length === 0)
    return lineOf('vitals', [item('met', 'Vital signs: no flag.', 'Signes vitaux : aucune alerte.')]);
  return lineOf(
    'vitals',
    f.vitalFlags.map((v) =>
      item(
        'not-met',
        `Vital sign flag: ${v.field} ${v.direction} (${v.value}).`,
        `Alerte signe vital : ${v.field} ${v.direction === 'low' ? 'bas' : 'haut'} (${v.value}).`,
      ),
    ),
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
