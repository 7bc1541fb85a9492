import { describe, expect, it } from 'vitest';
import { findResourcesDir } from '../../../electron/main/core/resources';
import { loadMonitoring } from '../../../electron/main/clinical/load-monitoring';
import { checkGroup, dueGroups, type LabPoint } from '../../../shared/ready/due-labs';
import { evaluateReadiness, type ReadyFacts } from '../../../shared/ready/evaluate';
import type { ReadyPolicy } from '../../../shared/ready/monitoring';
import { checkCriterion } from '../../../shared/ready/values';

// Table tests of the monitoring rules in resources/clinical/monitoring.json. Each row quotes its source.

const monitoring = loadMonitoring(findResourcesDir());
const POLICY: ReadyPolicy = { preDoseMaxAgeHours: 72, periodicMaxAgeDays: 42, limits: {} };
const AT = '2026-11-27T10:00';
const checkpoint = (drugId: string) => [{ drugId, isCheckpoint: true }];
const lab = (
  analyte: LabPoint['analyte'],
  value: number,
  refHigh: number | null,
  drawnAt = '2026-11-26T14:00',
): LabPoint => ({
  analyte,
  drawnAt,
  valueText: String(value),
  unit: 'x',
  firstUnitValue: value,
  comparator: null,
  firstUnitRefHigh: refHigh,
});

describe('labs due before a dose', () => {
  it.each([
    // ASCO 2021: creatinine before every dose; glucose each cycle; TSH every 4–6 weeks; class wording: LFTs periodically.
    ['pembrolizumab', ['alt', 'ast', 'bilirubin', 'creatinine', 'glucose', 'tsh']],
    ['nivolumab', ['alt', 'ast', 'bilirubin', 'creatinine', 'glucose', 'tsh']],
    ['atezolizumab', ['alt', 'ast', 'bilirubin', 'creatinine', 'glucose', 'tsh']],
    // Yervoy: liver enzymes, creatinine, ACTH and thyroid function before each dose.
    ['ipilimumab', ['acth|cortisol', 'alt', 'ast', 'bilirubin', 'creatinine', 'glucose', 'tsh']],
    ['tremelimumab', ['acth|cortisol', 'alt', 'ast', 'bilirubin', 'creatinine', 'glucose', 'tsh']],
  ])('%s needs %j', (drugId, analytes) => {
    const groups = dueGroups(monitoring, checkpoint(drugId)).map((g) => [...g.analytes].sort().join('|'));
    expect(groups.sort()).toEqual(analytes);
  });

  it('CAR T needs hepatitis B, hepatitis C and HIV serology once (Tecartus: before cell collection)', () => {
    const groups = dueGroups(monitoring, [{ drugId: 'tisagenlecleucel', isCheckpoint: false }]);
    expect(groups.map((g) => g.analytes.join())).toEqual(['hbsag', 'hcv-ab', 'hiv-ag-ab']);
  });

  const creatinine = dueGroups(monitoring, checkpoint('pembrolizumab')).find((g) => g.analytes.includes('creatinine'))!;
  const tsh = dueGroups(monitoring, checkpoint('pembrolizumab')).find((g) => g.analytes.includes('tsh'))!;
  it.each([
    // Each dose: the center's window (72 h here).
    [creatinine, '2026-11-24T10:00', 'met'], // exactly 72 h
    [creatinine, '2026-11-24T10:01', 'met'], // just inside
    [creatinine, '2026-11-24T09:59', 'not-met'], // just outside
    [creatinine, '2026-11-27T10:30', 'not-met'], // drawn after the dose time: not there yet
    // TSH: ASCO, every 4–6 weeks → 42 days.
    [tsh, '2026-10-16T10:00', 'met'],
    [tsh, '2026-10-16T09:59', 'not-met'],
  ])('a result drawn at %# is %s', (group, drawnAt, status) => {
    const check = checkGroup(monitoring, POLICY, group, [lab(group.analytes[0]!, 1, 2, drawnAt)], AT);
    expect(check.item.status).toBe(status);
  });

  it('is unknown while the center has not set the window no source gives', () => {
    const check = checkGroup(
      monitoring,
      { ...POLICY, preDoseMaxAgeHours: null },
      creatinine,
      [lab('creatinine', 80, 90)],
      AT,
    );
    expect(check.item.status).toBe('unknown');
  });
});

describe('hold criteria: at, just below and just above each limit', () => {
  const criterion = (id: string) => monitoring.holdCriteria.find((c) => c.id === id)!;
  const ctx = (labs: LabPoint[], baselines = {}) => ({
    labs,
    baselines,
    at: AT,
    dueAnalytes: new Set(labs.map((l) => l.analyte)),
  });
  it.each([
    // Libtayo Table 1 / CTCAE v5.0 grade 2: ALT, AST above 3 × ULN (ULN 40 → 120).
    ['alt-above-3-uln', lab('alt', 120, 40), 'met'],
    ['alt-above-3-uln', lab('alt', 119.9, 40), 'met'],
    ['alt-above-3-uln', lab('alt', 120.1, 40), 'not-met'],
    ['ast-above-3-uln', lab('ast', 120.1, 40), 'not-met'],
    ['ast-above-3-uln', lab('ast', 100, null), 'unknown'],
    // CTCAE v5.0 grade 2: bilirubin above 1.5 × ULN (ULN 20 → 30).
    ['bilirubin-above-1.5-uln', lab('bilirubin', 30, 20), 'met'],
    ['bilirubin-above-1.5-uln', lab('bilirubin', 30.1, 20), 'not-met'],
    // ASCO irAE table: glucose above 500 mg/dL (× 0.0555 = 27.75 mmol/L).
    ['glucose-above-500-mg-dl', lab('glucose', 27.75, 5.6), 'met'],
    ['glucose-above-500-mg-dl', lab('glucose', 27.76, 5.6), 'not-met'],
  ])('%s with %j is %s', (id, point, status) => {
    expect(checkCriterion(monitoring, POLICY, criterion(id), ctx([point]))?.status).toBe(status);
  });

  it.each([
    // CTCAE v5.0 grade 2: creatinine above 1.5 × baseline (baseline 80 → 120).
    [120, 'met'],
    [119.9, 'met'],
    [120.1, 'not-met'],
  ])('creatinine %s against a baseline of 80 is %s', (value, status) => {
    const item = checkCriterion(
      monitoring,
      POLICY,
      criterion('creatinine-above-1.5-baseline'),
      ctx([lab('creatinine', value, 90)], { creatinine: 80 }),
    );
    expect(item?.status).toBe(status);
  });

  it('is unknown without a baseline, and a bound "<" value is never read as above', () => {
    const c = criterion('creatinine-above-1.5-baseline');
    expect(checkCriterion(monitoring, POLICY, c, ctx([lab('creatinine', 100, 90)]))?.status).toBe('unknown');
    const bound = { ...lab('alt', 500, 40), comparator: '<' as const };
    expect(checkCriterion(monitoring, POLICY, criterion('alt-above-3-uln'), ctx([bound]))?.status).toBe('met');
  });

  it('uses the center’s limit when it overrides the shipped one, and says so', () => {
    const item = checkCriterion(
      monitoring,
      { ...POLICY, limits: { 'alt-above-3-uln': 5 } },
      criterion('alt-above-3-uln'),
      ctx([lab('alt', 150, 40)]),
    );
    expect(item).toMatchObject({ status: 'met', isCenterValue: true });
  });
});

describe('the other lines', () => {
  const base: ReadyFacts = {
    drugs: checkpoint('pembrolizumab'),
    doseNumber: 1,
    at: AT,
    labs: ['alt', 'ast', 'bilirubin', 'creatinine', 'glucose', 'tsh'].map((a) => lab(a as LabPoint['analyte'], 1, 2)),
    baselines: { creatinine: 1 },
    openIraes: [],
    steroidMgPerDay: 0,
    consent: { date: '2026-11-20', expiresOn: null, type: 'written', obtainedBy: 'Dr Okafor' },
    educationDates: ['2026-11-20T10:00:00Z'],
    vitalFlags: [],
  };
  const line = (facts: Partial<ReadyFacts>, key: string) =>
    evaluateReadiness(monitoring, POLICY, { ...base, ...facts }, 'now').lines.find((l) => l.key === key)!.status;

  it('is Ready when everything is met', () => {
    expect(evaluateReadiness(monitoring, POLICY, base, 'now').outcome).toBe('ready');
  });
  it.each([
    // ASCO 2021: grade 1 continue, except neurologic, hematologic and cardiac; grade 2 and above hold.
    [[{ term: 'Rash maculo-papular', grade: 1, soc: 'Skin and subcutaneous tissue disorders' }], 'met'],
    [[{ term: 'Colitis', grade: 2, soc: 'Gastrointestinal disorders' }], 'not-met'],
    [[{ term: 'Myocarditis', grade: 1, soc: 'Cardiac disorders' }], 'not-met'],
    [[{ term: 'Colitis', grade: null, soc: 'Gastrointestinal disorders' }], 'not-met'],
  ])('open side effects %j → %s', (openIraes, status) => {
    expect(line({ openIraes }, 'irae')).toBe(status);
  });
  it.each([
    // Labels and NCCN/SITC: resume when prednisone is 10 mg/day or less.
    [undefined, 'unknown'],
    [0, 'met'],
    [10, 'met'],
    [10.5, 'not-met'],
  ])('corticosteroids %s mg/day → %s', (steroidMgPerDay, status) => {
    expect(line({ steroidMgPerDay }, 'steroids')).toBe(status);
  });
  it.each([
    [null, 'not-met'],
    [{ date: '2026-01-01', expiresOn: '2026-11-26', type: 'written', obtainedBy: 'Dr A' }, 'not-met'],
    [{ date: '2026-01-01', expiresOn: '2026-11-27', type: 'written', obtainedBy: 'Dr A' }, 'met'],
  ])('consent %j → %s', (consent, status) => {
    expect(line({ consent }, 'consent')).toBe(status);
  });
  it('needs education before the first dose; later doses without a record are unknown', () => {
    expect(line({ educationDates: [] }, 'education')).toBe('not-met');
    expect(line({ educationDates: ['2026-11-28T09:00:00Z'] }, 'education')).toBe('not-met');
    expect(line({ educationDates: [], doseNumber: 2 }, 'education')).toBe('unknown');
  });
  it('reads the vitals flags, unknown before vitals are taken', () => {
    expect(line({ vitalFlags: null }, 'vitals')).toBe('unknown');
    expect(line({ vitalFlags: [{ field: 'temperatureC', direction: 'high', value: 38.4 }] }, 'vitals')).toBe('not-met');
  });
});
