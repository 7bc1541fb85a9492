import { describe, expect, it } from 'vitest';
import { findResourcesDir } from '../../../electron/main/core/resources';
import { loadMonitoring } from '../../../electron/main/clinical/load-monitoring';
import { checkGroup, dueGroups, type LabPoint } from '../../../shared/ready/due-labs';
import { evaluateReadiness, type OpenIrae, type ReadyFacts } from '../../../shared/ready/evaluate';
import type { ReadyPolicy } from '../../../shared/ready/monitoring';
import type { ReadyLineKey, Words } from '../../../shared/ready/result';
import { checkCriterion } from '../../../shared/ready/values';

// The exact words of Ready to treat, in both languages, for every branch the evaluation can reach, dates the
// reader's way in each. Signed assessments keep a copy; a prescriber's release is matched on the reasons' ids, not
// on these words (tests/unit/ready/identity.test.ts), except a release entered before ids, matched on its English.
// The expected texts are written out here by hand; none is produced by the code under test.

const monitoring = loadMonitoring(findResourcesDir());
const POLICY: ReadyPolicy = { preDoseMaxAgeHours: 72, periodicMaxAgeDays: 42, limits: {} };
const AT = '2026-11-27T10:00';
const checkpoint = (drugId: string) => [{ drugId, isCheckpoint: true }];

const point = (analyte: LabPoint['analyte'], value: number, refHigh: number | null, unit: string): LabPoint => ({
  analyte,
  drawnAt: '2026-11-26T14:00',
  valueText: String(value),
  valueNumber: value,
  unit,
  firstUnitValue: value,
  comparator: null,
  firstUnitRefHigh: refHigh,
});

describe('the words of line (a): labs due before the dose', () => {
  const group = (drugId: string, analyte: string, isCheckpoint = true) =>
    dueGroups(monitoring, [{ drugId, isCheckpoint }]).find((g) => g.analytes.includes(analyte as never))!;
  const words = (g: ReturnType<typeof group>, labs: LabPoint[], policy = POLICY) =>
    checkGroup(monitoring, policy, g, labs, AT).item.text;
  const creatinine = group('pembrolizumab', 'creatinine');
  const alt = group('pembrolizumab', 'alt');
  const tsh = group('pembrolizumab', 'tsh');

  it('says a missing result', () => {
    expect(words(creatinine, [])).toEqual({
      en: 'Creatinine: no result — draw it before the dose.',
      fr: 'Créatinine : aucun résultat — à prélever avant la dose.',
    });
  });

  it('joins the names of a group any of whose analytes will do', () => {
    expect(words(group('ipilimumab', 'acth'), [])).toEqual({
      en: 'Cortisol or ACTH: no result — draw it before the dose.',
      fr: 'Cortisol ou ACTH : aucun résultat — à prélever avant la dose.',
    });
  });

  it('says a result needed once is on file (a qualitative serology)', () => {
    const serology = { ...point('hbsag', 0, null, ''), valueText: 'Negative', valueNumber: null, firstUnitValue: null };
    expect(words(group('tisagenlecleucel', 'hbsag', false), [serology])).toEqual({
      en: 'Hepatitis B surface antigen: on file (26 Nov 2026 14:00).',
      fr: 'Antigène HBs : au dossier (26 nov. 2026 à 14:00).',
    });
  });

  it('says the window the center has not set yet, before a dose and periodically', () => {
    const noPreDose = { ...POLICY, preDoseMaxAgeHours: null };
    expect(words(creatinine, [point('creatinine', 80, 90, 'µmol/L')], noPreDose)).toEqual({
      en: 'Creatinine: drawn 26 Nov 2026 14:00; the center has not set how many hours before a dose it may be drawn (no source gives a number).',
      fr: 'Créatinine : prélevé le 26 nov. 2026 à 14:00 ; le centre n’a pas fixé combien d’heures avant la dose le prélèvement reste valable (aucune source ne donne de chiffre).',
    });
    const noPeriodic = { ...POLICY, periodicMaxAgeDays: null };
    expect(words(alt, [point('alt', 30, 40, 'U/L')], noPeriodic)).toEqual({
      en: 'ALT: drawn 26 Nov 2026 14:00; the center has not set how often “periodically” is (no source gives a number).',
      fr: 'ALAT : prélevé le 26 nov. 2026 à 14:00 ; le centre n’a pas fixé la fréquence « périodique » (aucune source ne donne de chiffre).',
    });
  });

  it('says a window in hours below two days and in days from two days', () => {
    const fresh = point('creatinine', 80, 90, 'µmol/L');
    expect(words(creatinine, [fresh])).toEqual({
      en: 'Creatinine: drawn 26 Nov 2026 14:00, within 3 days.',
      fr: 'Créatinine : prélevé le 26 nov. 2026 à 14:00, dans les 3 jours.',
    });
    expect(words(creatinine, [fresh], { ...POLICY, preDoseMaxAgeHours: 24 })).toEqual({
      en: 'Creatinine: drawn 26 Nov 2026 14:00, within 24 h.',
      fr: 'Créatinine : prélevé le 26 nov. 2026 à 14:00, dans les 24 h.',
    });
    expect(words(creatinine, [fresh], { ...POLICY, preDoseMaxAgeHours: 12 })).toEqual({
      en: 'Creatinine: drawn 26 Nov 2026 14:00, older than 12 h — draw it again.',
      fr: 'Créatinine : prélevé le 26 nov. 2026 à 14:00, plus de 12 h — à reprélever.',
    });
    expect(words(creatinine, [fresh], { ...POLICY, preDoseMaxAgeHours: 48 })).toEqual({
      en: 'Creatinine: drawn 26 Nov 2026 14:00, within 2 days.',
      fr: 'Créatinine : prélevé le 26 nov. 2026 à 14:00, dans les 2 jours.',
    });
  });

  it('says an old result against a source’s window', () => {
    const old = { ...point('tsh', 2, 4, 'mIU/L'), drawnAt: '2026-10-01T08:30' };
    expect(words(tsh, [old])).toEqual({
      en: 'TSH: drawn 1 Oct 2026 08:30, older than 42 days — draw it again.',
      fr: 'TSH : prélevé le 1 oct. 2026 à 08:30, plus de 42 jours — à reprélever.',
    });
  });
});

describe('the words of line (b): values against the hold criteria', () => {
  const criterion = (id: string) => monitoring.holdCriteria.find((c) => c.id === id)!;
  const words = (id: string, lab: LabPoint, baselines = {}, policy = POLICY) =>
    checkCriterion(monitoring, policy, criterion(id), {
      labs: [lab],
      baselines,
      at: AT,
      dueAnalytes: new Set([lab.analyte]),
    })?.text;

  it('says a value above and not above a multiple of the upper limit, in each decimal mark', () => {
    expect(words('alt-above-3-uln', point('alt', 250.5, 56.5, 'U/L'))).toEqual({
      en: 'ALT 250.5 U/L is above 169.5 U/L (3 × ULN): hold for the prescriber.',
      fr: 'ALAT 250,5 U/L dépasse 169,5 U/L (3 × LSN) : suspendre pour le prescripteur.',
    });
    expect(words('bilirubin-above-1.5-uln', point('bilirubin', 12.5, 20.5, 'µmol/L'))).toEqual({
      en: 'Total bilirubin 12.5 µmol/L, not above 30.75 µmol/L (1.5 × ULN).',
      fr: 'Bilirubine totale 12,5 µmol/L, pas au-dessus de 30,75 µmol/L (1,5 × LSN).',
    });
  });

  it('says a value against a multiple of the baseline', () => {
    expect(words('creatinine-above-1.5-baseline', point('creatinine', 130, 90, 'µmol/L'), { creatinine: 80 })).toEqual({
      en: 'Creatinine 130 µmol/L is above 120 µmol/L (1.5 × baseline): hold for the prescriber.',
      fr: 'Créatinine 130 µmol/L dépasse 120 µmol/L (1,5 × valeur de base) : suspendre pour le prescripteur.',
    });
  });

  it('says a fixed limit in the analyte’s first unit, rounded to two decimals, and the center’s own limit', () => {
    expect(words('glucose-above-500-mg-dl', point('glucose', 6.2, 5.6, 'mmol/L'))).toEqual({
      en: 'Glucose 6.2 mmol/L, not above 27.75 mmol/L.',
      fr: 'Glucose 6,2 mmol/L, pas au-dessus de 27,75 mmol/L.',
    });
    const center = { ...POLICY, limits: { 'alt-above-3-uln': 2.5 } };
    expect(words('alt-above-3-uln', point('alt', 90, 40, 'U/L'), {}, center)).toEqual({
      en: 'ALT 90 U/L, not above 100 U/L (2.5 × ULN).',
      fr: 'ALAT 90 U/L, pas au-dessus de 100 U/L (2,5 × LSN).',
    });
  });

  it('says what is missing to compare: a value, an upper limit, a baseline', () => {
    const qualitative = {
      ...point('alt', 0, 40, 'U/L'),
      valueText: 'haemolysed',
      valueNumber: null,
      firstUnitValue: null,
    };
    expect(words('alt-above-3-uln', qualitative)).toEqual({
      en: 'ALT: no value to compare.',
      fr: 'ALAT : aucune valeur à comparer.',
    });
    expect(words('ast-above-3-uln', point('ast', 100, null, 'U/L'))).toEqual({
      en: 'AST 100 U/L: no upper reference limit entered with the result.',
      fr: 'ASAT 100 U/L : aucune limite haute de référence saisie avec le résultat.',
    });
    expect(words('creatinine-above-1.5-baseline', point('creatinine', 100, 90, 'µmol/L'))).toEqual({
      en: 'Creatinine 100 µmol/L: no baseline before the first dose.',
      fr: 'Créatinine 100 µmol/L : aucune valeur de base avant la première dose.',
    });
  });

  it('says a result given as a bound with its sign', () => {
    const upper = { ...point('alt', 7.5, 56, 'U/L'), valueText: '<7.5', comparator: '<' as const };
    expect(words('alt-above-3-uln', upper)).toEqual({
      en: 'ALT <7.5 U/L, not above 168 U/L (3 × ULN).',
      fr: 'ALAT <7,5 U/L, pas au-dessus de 168 U/L (3 × LSN).',
    });
    const lower = { ...point('alt', 100.5, 56, 'U/L'), valueText: '>100.5', comparator: '>' as const };
    expect(words('alt-above-3-uln', lower)).toEqual({
      en: 'ALT >100.5 U/L: reported as a lower bound, limit 168 U/L (3 × ULN).',
      fr: 'ALAT >100,5 U/L : rendu comme borne basse, limite 168 U/L (3 × LSN).',
    });
  });
});

describe('the words of lines (c) to (g) and the reasons', () => {
  const base: ReadyFacts = {
    drugs: checkpoint('pembrolizumab'),
    doseNumber: 1,
    at: AT,
    labs: [
      point('alt', 30, 40, 'U/L'),
      point('ast', 32, 40, 'U/L'),
      point('bilirubin', 9, 20, 'µmol/L'),
      point('creatinine', 82, 90, 'µmol/L'),
      point('glucose', 5.4, 5.6, 'mmol/L'),
      point('tsh', 1.8, 4, 'mIU/L'),
    ],
    baselines: { creatinine: 80 },
    openIraes: [],
    steroidMgPerDay: 0,
    consent: { date: '2026-11-20', expiresOn: null, type: 'written', obtainedBy: 'Dr Okafor' },
    educationDates: ['2026-11-20T10:00:00Z'],
    vitalFlags: [],
  };
  const evaluate = (facts: Partial<ReadyFacts>, policy = POLICY) =>
    evaluateReadiness(monitoring, policy, { ...base, ...facts }, '2026-11-27T09:55:00.000Z');
  const line = (key: ReadyLineKey, facts: Partial<ReadyFacts> = {}, policy = POLICY): Words[] =>
    evaluate(facts, policy)
      .lines.find((l) => l.key === key)!
      .items.map((i) => i.text);

  it('says every line of a ready dose', () => {
    const ready = evaluate({});
    expect(ready.outcome).toBe('ready');
    expect(ready.reasons).toEqual([]);
    expect(ready.lines.flatMap((l) => l.items.map((i) => i.text))).toEqual([
      {
        en: 'Creatinine: drawn 26 Nov 2026 14:00, within 3 days.',
        fr: 'Créatinine : prélevé le 26 nov. 2026 à 14:00, dans les 3 jours.',
      },
      {
        en: 'Glucose: drawn 26 Nov 2026 14:00, within 3 days.',
        fr: 'Glucose : prélevé le 26 nov. 2026 à 14:00, dans les 3 jours.',
      },
      {
        en: 'TSH: drawn 26 Nov 2026 14:00, within 42 days.',
        fr: 'TSH : prélevé le 26 nov. 2026 à 14:00, dans les 42 jours.',
      },
      {
        en: 'ALT: drawn 26 Nov 2026 14:00, within 42 days.',
        fr: 'ALAT : prélevé le 26 nov. 2026 à 14:00, dans les 42 jours.',
      },
      {
        en: 'AST: drawn 26 Nov 2026 14:00, within 42 days.',
        fr: 'ASAT : prélevé le 26 nov. 2026 à 14:00, dans les 42 jours.',
      },
      {
        en: 'Total bilirubin: drawn 26 Nov 2026 14:00, within 42 days.',
        fr: 'Bilirubine totale : prélevé le 26 nov. 2026 à 14:00, dans les 42 jours.',
      },
      { en: 'ALT 30 U/L, not above 120 U/L (3 × ULN).', fr: 'ALAT 30 U/L, pas au-dessus de 120 U/L (3 × LSN).' },
      { en: 'AST 32 U/L, not above 120 U/L (3 × ULN).', fr: 'ASAT 32 U/L, pas au-dessus de 120 U/L (3 × LSN).' },
      {
        en: 'Total bilirubin 9 µmol/L, not above 30 µmol/L (1.5 × ULN).',
        fr: 'Bilirubine totale 9 µmol/L, pas au-dessus de 30 µmol/L (1,5 × LSN).',
      },
      {
        en: 'Creatinine 82 µmol/L, not above 120 µmol/L (1.5 × baseline).',
        fr: 'Créatinine 82 µmol/L, pas au-dessus de 120 µmol/L (1,5 × valeur de base).',
      },
      { en: 'Glucose 5.4 mmol/L, not above 27.75 mmol/L.', fr: 'Glucose 5,4 mmol/L, pas au-dessus de 27,75 mmol/L.' },
      { en: 'No open immune-related side effect.', fr: 'Aucun effet indésirable immunologique en cours.' },
      {
        en: 'Corticosteroids: none (limit 10 mg/day).',
        fr: 'Corticoïdes : aucun (limite 10 mg/jour).',
      },
      {
        en: 'Consent: written, 20 Nov 2026, obtained by Dr Okafor.',
        fr: 'Consentement : écrit, 20 nov. 2026, recueilli par Dr Okafor.',
      },
      { en: 'Education given on 20 Nov 2026.', fr: 'Éducation faite le 20 nov. 2026.' },
      { en: 'Vital signs: no flag.', fr: 'Signes vitaux : aucune alerte.' },
    ]);
  });

  const irae = (term: string, grade: number | null, soc: string): OpenIrae => ({ term, grade, soc });
  it.each<[OpenIrae[], Words]>([
    [
      [irae('Rash maculo-papular', 1, 'Skin and subcutaneous tissue disorders')],
      {
        en: 'Open: Rash maculo-papular, grade 1 (continue with close monitoring).',
        fr: 'En cours : Rash maculo-papular, grade 1 (poursuivre avec surveillance étroite).',
      },
    ],
    [
      [
        irae('Rash maculo-papular', 1, 'Skin and subcutaneous tissue disorders'),
        irae('Colitis', 2, 'Gastrointestinal disorders'),
      ],
      {
        en: 'Open: Colitis, grade 2 — resume only when grade 1 or less (prescriber decides).',
        fr: 'En cours : Colitis, grade 2 — reprise seulement au grade 1 ou moins (décision du prescripteur).',
      },
    ],
    [
      [irae('Colitis', 3, 'Gastrointestinal disorders'), irae('Myocarditis', 1, 'Cardiac disorders')],
      {
        en: 'Open: Colitis, grade 3 — resume only when grade 1 or less (prescriber decides).',
        fr: 'En cours : Colitis, grade 3 — reprise seulement au grade 1 ou moins (décision du prescripteur).',
      },
    ],
    [
      [irae('Myocarditis', 1, 'Cardiac disorders')],
      {
        en: 'Open: Myocarditis, grade 1 — resume only when grade 1 or less (prescriber decides).',
        fr: 'En cours : Myocarditis, grade 1 — reprise seulement au grade 1 ou moins (décision du prescripteur).',
      },
    ],
    [
      [irae('Colitis', null, 'Gastrointestinal disorders')],
      {
        en: 'Open: Colitis, not graded — resume only when grade 1 or less (prescriber decides).',
        fr: 'En cours : Colitis, non gradé — reprise seulement au grade 1 ou moins (décision du prescripteur).',
      },
    ],
  ])('says the open side effect that decides (%#)', (openIraes, words) => {
    expect(line('irae', { openIraes })).toEqual([words]);
  });

  it.each<[number | null | undefined, number | undefined, Words]>([
    [
      undefined,
      undefined,
      {
        en: 'Corticosteroids: not asked yet (prednisone-equivalent mg/day).',
        fr: 'Corticoïdes : pas encore demandé (mg/jour équivalent prednisone).',
      },
    ],
    [
      null,
      undefined,
      { en: 'Corticosteroids: none (limit 10 mg/day).', fr: 'Corticoïdes : aucun (limite 10 mg/jour).' },
    ],
    [
      7.5,
      undefined,
      {
        en: 'Corticosteroids: 7.5 mg/day prednisone-equivalent (limit 10 mg/day).',
        fr: 'Corticoïdes : 7,5 mg/jour équivalent prednisone (limite 10 mg/jour).',
      },
    ],
    [
      12.5,
      7.5,
      {
        en: 'Corticosteroids: 12.5 mg/day prednisone-equivalent, above 7.5 mg/day.',
        fr: 'Corticoïdes : 12,5 mg/jour équivalent prednisone, au-dessus de 7,5 mg/jour.',
      },
    ],
  ])('says corticosteroids %s mg/day against the limit %s', (steroidMgPerDay, limit, words) => {
    const policy = limit === undefined ? POLICY : { ...POLICY, limits: { steroids: limit } };
    expect(line('steroids', { steroidMgPerDay }, policy)).toEqual([words]);
  });

  it('says the consent on file, expired, or missing', () => {
    expect(line('consent', { consent: null })).toEqual([
      { en: 'Consent: none on file for this plan.', fr: 'Consentement : aucun au dossier pour ce plan.' },
    ]);
    const dated = { date: '2026-01-05', type: 'verbal', obtainedBy: 'Dr Lemaire' };
    expect(line('consent', { consent: { ...dated, expiresOn: '2026-11-26' } })).toEqual([
      { en: 'Consent: expired on 26 Nov 2026.', fr: 'Consentement : expiré le 26 nov. 2026.' },
    ]);
    expect(line('consent', { consent: { ...dated, expiresOn: '2027-01-05' } })).toEqual([
      {
        en: 'Consent: verbal, 5 Jan 2026, obtained by Dr Lemaire, valid until 5 Jan 2027.',
        fr: 'Consentement : verbal, 5 janv. 2026, recueilli par Dr Lemaire, valable jusqu’au 5 janv. 2027.',
      },
    ]);
  });

  it.each([
    ['written', 'written', 'écrit'],
    ['verbal', 'verbal', 'verbal'],
    ['electronic', 'electronic', 'électronique'],
  ])('words the consent type %s in each language', (type, en, fr) => {
    const consent = { date: '2026-11-20', expiresOn: null, type, obtainedBy: 'Dr Okafor' };
    expect(line('consent', { consent })).toEqual([
      {
        en: `Consent: ${en}, 20 Nov 2026, obtained by Dr Okafor.`,
        fr: `Consentement : ${fr}, 20 nov. 2026, recueilli par Dr Okafor.`,
      },
    ]);
  });

  it('says education missing before a first dose and not recorded before a later one', () => {
    expect(line('education', { educationDates: [] })).toEqual([
      {
        en: 'Education: not recorded before this first dose.',
        fr: 'Éducation : non enregistrée avant cette première dose.',
      },
    ]);
    expect(line('education', { educationDates: [], doseNumber: 3 })).toEqual([
      { en: 'Education: not recorded in Chairside.', fr: 'Éducation : non enregistrée dans Chairside.' },
    ]);
  });

  it('says the vital signs not taken yet and each flag', () => {
    expect(line('vitals', { vitalFlags: null })).toEqual([
      { en: 'Vital signs: not recorded yet.', fr: 'Signes vitaux : pas encore saisis.' },
    ]);
    const vitalFlags = [
      { field: 'temperatureC', direction: 'high' as const, value: 38.4 },
      { field: 'systolic', direction: 'low' as const, value: 88 },
    ];
    expect(line('vitals', { vitalFlags })).toEqual([
      {
        en: 'Vital sign flag: temperature high (38.4 °C).',
        fr: 'Alerte signe vital : température, valeur haute (38,4 °C).',
      },
      {
        en: 'Vital sign flag: systolic pressure low (88 mmHg).',
        fr: 'Alerte signe vital : pression systolique, valeur basse (88 mmHg).',
      },
    ]);
  });

  it('gives the reasons of a hold in the order shown, with the same words', () => {
    const held = evaluate({
      labs: base.labs.filter((l) => l.analyte !== 'tsh'),
      steroidMgPerDay: undefined,
      consent: null,
    });
    expect(held.outcome).toBe('hold');
    expect(held.reasons).toEqual([
      {
        en: 'TSH: no result — draw it before the dose.',
        fr: 'TSH : aucun résultat — à prélever avant la dose.',
        id: 'labs.missing|{"names":{"en":"TSH","fr":"TSH"}}',
      },
      {
        en: 'Corticosteroids: not asked yet (prednisone-equivalent mg/day).',
        fr: 'Corticoïdes : pas encore demandé (mg/jour équivalent prednisone).',
        id: 'steroids.notAsked|{}',
      },
      {
        en: 'Consent: none on file for this plan.',
        fr: 'Consentement : aucun au dossier pour ce plan.',
        id: 'consent.none|{}',
      },
    ]);
  });
});
