import { describe, expect, it } from 'vitest';
import type { DoseRule } from '../../../shared/clinical';
import { regimenDrugIds, unverifiedUnder } from '../../../shared/clinical';
import { carTProduct, drug, library } from './library';

// The data itself, checked against the label audit of 2 Dec 2026: the ids the app relies on, a sample of label
// facts per record, and every fact the audit could not confirm kept as UNVERIFIED with what would confirm it.

const flatMg = (rule: DoseRule | undefined): number | undefined => (rule?.kind === 'flat' ? rule.mg : undefined);

describe('drugs.json', () => {
  it('has every IV checkpoint inhibitor of the audit, cosibelimab (Unloxcyt) and the three SC products', () => {
    expect(library.drugs.map((d) => d.id).sort()).toEqual(
      [
        'pembrolizumab',
        'nivolumab',
        'cemiplimab',
        'dostarlimab',
        'retifanlimab',
        'toripalimab',
        'tislelizumab',
        'atezolizumab',
        'durvalumab',
        'avelumab',
        'ipilimumab',
        'tremelimumab',
        'nivolumab-relatlimab',
        'cosibelimab',
        'atezolizumab-hyaluronidase-sc',
        'nivolumab-hyaluronidase-sc',
        'pembrolizumab-berahyaluronidase-sc',
      ].sort(),
    );
  });

  it.each([
    // Label dose options: pembrolizumab 200 mg Q3W / 400 mg Q6W (also adjuvant), then the pediatric 2 mg/kg
    [
      'pembrolizumab',
      [
        [200, 21],
        [400, 42],
        [200, 21],
        [400, 42],
        [undefined, 21],
      ],
    ],
    // Libtayo: 350 mg Q3W; adjuvant cSCC 350 mg Q3W for 12 weeks, then 700 mg Q6W, or 350 mg Q3W
    [
      'cemiplimab',
      [
        [350, 21],
        [350, 21],
        [700, 42],
        [350, 21],
      ],
    ],
    [
      'retifanlimab',
      [
        [500, 28],
        [500, 28],
      ],
    ],
    ['cosibelimab', [[1200, 21]]],
    ['avelumab', [[800, 14]]],
    [
      'atezolizumab',
      [
        [840, 14],
        [1200, 21],
        [1680, 28],
      ],
    ],
    [
      'tislelizumab',
      [
        [150, 14],
        [200, 21],
        [300, 28],
      ],
    ],
    [
      'dostarlimab',
      [
        [500, 21],
        [1000, 42],
        [500, 21],
        [1000, 42],
      ],
    ],
    // Opdivo Qvantig "600 mg/10,000 U Q2W or 1,200 mg/20,000 U Q4W"; Hybreza "atezolizumab 1,875 mg … Q3W"
    [
      'nivolumab-hyaluronidase-sc',
      [
        [600, 14],
        [1200, 28],
      ],
    ],
    ['atezolizumab-hyaluronidase-sc', [[1875, 21]]],
  ])('%s dose options (flat mg, interval days) are %j', (id, expected) => {
    expect(drug(id).doseOptions.map((o) => [flatMg(o.dose), o.intervalDays])).toEqual(expected);
  });

  it.each([
    // Label infusion times; ipilimumab is 30 min (3 mg/kg and every nivolumab combination)
    ['pembrolizumab', 30, 30],
    ['ipilimumab', 30, 30],
    ['cosibelimab', 60, 60],
    ['nivolumab', 30, 30],
    ['toripalimab', 60, 30],
    ['tislelizumab', 60, 30],
    ['atezolizumab', 60, 30],
    ['durvalumab', 60, 60],
    ['avelumab', 60, 60],
    ['tremelimumab', 60, 60],
    ['nivolumab-relatlimab', 30, 30],
  ])('%s infuses over %i min first, %i min later', (id, first, subsequent) => {
    expect(drug(id).infusionMinutes).toMatchObject({ first, subsequent });
  });

  it('gives every SC product a look-alike warning and an injection slot', () => {
    const sc = library.drugs.filter((d) => d.route === 'SC');
    expect(sc.map((d) => d.id)).toHaveLength(3);
    for (const d of sc) {
      expect(d.lookAlikeWarning, d.id).toMatch(/mg-for-mg|mg-per-mg/);
      const regimens = library.regimens.filter((r) => regimenDrugIds(r).includes(d.id));
      expect(regimens.length, d.id).toBeGreaterThan(0);
      expect(
        regimens.every((r) => r.slot === 'injection'),
        d.id,
      ).toBe(true);
    }
  });

  it('covers every drug with at least one regimen', () => {
    const used = new Set(library.regimens.flatMap((r) => regimenDrugIds(r)));
    expect(library.drugs.filter((d) => !used.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it('gives ipilimumab 90 minutes only for the 10 mg/kg adjuvant dose', () => {
    const ninety = drug('ipilimumab').doseOptions.filter((o) => o.infusionMinutes?.first === 90);
    expect(ninety.map((o) => o.id)).toEqual(['adjuvant-melanoma-doses-1-4', 'adjuvant-melanoma-maintenance']);
    expect(ninety.every((o) => o.dose.kind === 'perKg' && o.dose.mgPerKg === 10)).toBe(true);
  });

  it.each(['ipilimumab', 'tremelimumab', 'dostarlimab', 'retifanlimab', 'toripalimab', 'avelumab'])(
    'states an in-line filter for %s',
    (id) => {
      expect(drug(id).inLineFilter).toMatch(/filter/);
    },
  );

  it.each(['ipilimumab', 'tremelimumab'])('asks for creatinine and ACTH/cortisol before each %s dose', (id) => {
    expect(drug(id).labsBeforeEachDose).toEqual(expect.arrayContaining(['Creatinine', 'ACTH / cortisol']));
  });

  it('follows the US avelumab reaction rule: grade 3–4 permanently discontinue, no 50 % rate rule', () => {
    expect(drug('avelumab').infusionReactionRule).toBe(
      'US label: grade 1–2 — interrupt or slow the rate of infusion; grade 3–4 — permanently discontinue.',
    );
    expect(drug('avelumab').preparation).toMatchObject({ diluent: '250 mL 0.9% sodium chloride' });
  });

  it.each([
    ['pembrolizumab', 'q3w-200', '24 months'],
    ['pembrolizumab', 'adjuvant-q3w-200', '12 months'],
    ['retifanlimab', 'q4w-500-mono', '24 months'],
    ['retifanlimab', 'q4w-500-chemo', '12 months'],
    ['durvalumab', 'ls-sclc', '24 months'],
    ['cemiplimab', 'adjuvant-q6w-700', '48 weeks'],
  ])('%s %s stops after %s', (id, option, text) => {
    const found = drug(id).doseOptions.find((o) => o.id === option);
    expect(found?.maxDuration?.text).toContain(text);
  });

  it.each([
    ['durvalumab', 'nsclc-stage-3-q2w', 'perKg'],
    ['durvalumab', 'ls-sclc', 'weightBand'],
    ['durvalumab', 'periop-neoadjuvant', 'weightBand'],
    ['tremelimumab', 'nsclc-with-durvalumab-chemo', 'weightBand'],
  ])('%s %s has a dose under 30 kg', (id, option, kind) => {
    const dose = drug(id).doseOptions.find((o) => o.id === option)?.dose;
    expect(dose?.kind).toBe(kind);
    if (dose?.kind === 'weightBand') expect(dose.bands[0]?.dose?.kind).toBe('perKg');
  });
});

describe('regimens.json', () => {
  it.each([
    'nivolumab-ipilimumab-hcc',
    'nivolumab-240-ipilimumab-crc',
    'nivolumab-360-q3w-ipilimumab-q6w',
    'nivolumab-3mgkg-q2w-ipilimumab-q6w',
    'nivolumab-360-q3w-neoadjuvant-chemo',
    'nivolumab-pediatric-3mgkg-q2w',
    'pembrolizumab-pediatric-2mgkg-q3w',
    'cemiplimab-adjuvant-350-then-700',
    'durvalumab-ls-sclc',
    'durvalumab-nsclc-neoadjuvant',
    'durvalumab-nsclc-adjuvant',
    'ipilimumab-adjuvant-melanoma',
    'cosibelimab-1200-q3w',
  ])('has the regimen the audit found missing: %s', (id) => {
    expect(library.regimens.some((r) => r.id === id)).toBe(true);
  });

  it('gives tremelimumab before durvalumab in STRIDE', () => {
    const stride = library.regimens.find((r) => r.id === 'durvalumab-tremelimumab-stride')!;
    expect(stride.phases[0]!.items.map((i) => [i.drugId, i.order])).toEqual([
      ['tremelimumab', 1],
      ['durvalumab', 2],
    ]);
  });
});

describe('facts the audit could not confirm travel with the data as UNVERIFIED', () => {
  it.each([
    ['dostarlimab', 'inLineFilter'],
    ['retifanlimab', 'inLineFilter'],
    ['toripalimab', 'inLineFilter'],
    ['ipilimumab', 'inLineFilter'],
    ['tremelimumab', 'inLineFilter'],
    ['pembrolizumab-berahyaluronidase-sc', 'doseOptions.0.dose.mg'],
    ['pembrolizumab-berahyaluronidase-sc', 'doseOptions.1.dose.mg'],
    ['pembrolizumab-berahyaluronidase-sc', 'composition'],
    ['pembrolizumab', 'monitoringLabs'],
    ['dostarlimab', 'monitoringLabs'],
    ['atezolizumab', 'monitoringLabs'],
    ['durvalumab', 'monitoringLabs'],
    ['avelumab', 'preparation.diluent'],
    ['cosibelimab', 'doseOptions'],
    ['cemiplimab', 'doseOptions.2'],
  ])('%s lists %s as unverified', (id, path) => {
    const record = drug(id);
    expect(unverifiedUnder(record, path).length).toBeGreaterThan(0);
    expect(record.verification).toBe('unverified');
  });

  it.each([
    ['obecabtagene-autoleucel', 'lymphodepletion'],
    ['obecabtagene-autoleucel', 'premedication'],
    ['obecabtagene-autoleucel', 'monitoring.current'],
    ['obecabtagene-autoleucel', 'indications.0.doseText'],
    ['obecabtagene-autoleucel', 'additionalInfusions.0.holdRules.2'],
    ['idecabtagene-vicleucel', 'indications'],
    ['ciltacabtagene-autoleucel', 'indications'],
    ['lisocabtagene-maraleucel', 'indications'],
    ['lisocabtagene-maraleucel', 'lymphodepletion.0.days.0.agents.1.doseText'],
    ...library.carTProducts.filter((p) => p.id !== 'obecabtagene-autoleucel').map((p) => [p.id, 'monitoring.current']),
  ])('%s lists %s as unverified', (id, path) => {
    expect(unverifiedUnder(carTProduct(id), path).length).toBeGreaterThan(0);
  });

  it('marks every CTCAE record not matched in an independent source (status P or U) as unverified', () => {
    const notVerified = library.ctcaeGrades.filter((g) => g.referenceStatus !== 'V');
    expect(notVerified.every((g) => g.verification === 'unverified' && unverifiedUnder(g, 'grades').length > 0)).toBe(
      true,
    );
    expect(library.ctcaeGrades.filter((g) => g.referenceStatus === 'U').map((g) => g.term)).toEqual([
      'Anaphylaxis',
      'Cytokine release syndrome',
      'Hyperglycemia',
      'Cough',
      'Dyspnea',
      'Arthralgia',
      'Myocarditis',
    ]);
  });

  it('says for every UNVERIFIED fact what would confirm it', () => {
    const records = [...library.drugs, ...library.regimens, ...library.carTProducts, ...library.ctcaeGrades];
    const silent = records.flatMap((r) => r.unverified.filter((u) => !/\bconfirm/i.test(u)).map((u) => `${r.id}/${u}`));
    expect(silent).toEqual([]);
  });
});

describe('car-t-products.json', () => {
  it('has the 7 products', () => {
    expect(library.carTProducts.map((p) => [p.id, p.brandName, p.target])).toEqual([
      ['tisagenlecleucel', 'Kymriah', 'CD19'],
      ['axicabtagene-ciloleucel', 'Yescarta', 'CD19'],
      ['brexucabtagene-autoleucel', 'Tecartus', 'CD19'],
      ['lisocabtagene-maraleucel', 'Breyanzi', 'CD19'],
      ['idecabtagene-vicleucel', 'Abecma', 'BCMA'],
      ['ciltacabtagene-autoleucel', 'Carvykti', 'BCMA'],
      ['obecabtagene-autoleucel', 'Aucatzyl', 'CD19'],
    ]);
  });

  it('uses the post-REMS monitoring values from 26 June 2025, counted from the second dose for Aucatzyl', () => {
    // FDA action of 26 June 2025: daily monitoring 7 days, stay near 14 days, no driving 14 days
    for (const product of library.carTProducts) {
      expect(product.monitoring.current, product.id).toMatchObject({
        dailyMonitoringDays: 7,
        stayNearDays: 14,
        noDrivingDays: 14,
        effective: '2025-06-26',
        countsFrom: product.id === 'obecabtagene-autoleucel' ? 'last-infusion' : 'day0',
      });
    }
  });

  it('makes both Aucatzyl doses depend on marrow blasts and holds the second one after CRS or ICANS', () => {
    const aucatzyl = carTProduct('obecabtagene-autoleucel');
    expect(aucatzyl.indications[0]?.doseDependsOn).toMatchObject({ withinDaysBeforeLd: 7 });
    expect(aucatzyl.additionalInfusions[0]?.holdRules.map((r) => [r.toxicity, r.minGrade, r.action])).toEqual([
      ['CRS', 2, 'postpone'],
      ['CRS', 3, 'do-not-give'],
      ['ICANS', 1, 'ask-prescriber'],
    ]);
    expect(aucatzyl.lymphodepletion[0]?.anchor).toBe('unscheduled');
  });

  it('gives the Carvykti premedication of the current label', () => {
    expect(carTProduct('ciltacabtagene-autoleucel').premedication).toMatch(
      /^Acetaminophen 650–1,000 mg .* diphenhydramine 25–50 mg .* 30–60 minutes before/,
    );
  });

  it.each([
    // REMS-era labels: ≥7 days (Yescarta, Abecma, Tecartus-MCL); ≥10 days (Carvykti); ≥14 days (Tecartus-ALL);
    // within about 2 hours for 4 weeks; no driving for 8 weeks
    ['axicabtagene-ciloleucel', 0, 7],
    ['idecabtagene-vicleucel', 0, 7],
    ['brexucabtagene-autoleucel', 0, 7],
    ['brexucabtagene-autoleucel', 1, 14],
    ['ciltacabtagene-autoleucel', 0, 10],
  ])('%s keeps its REMS-era daily monitoring (history %i: %i days)', (id, index, days) => {
    expect(carTProduct(id).monitoring.history[index]).toMatchObject({
      dailyMonitoringDays: days,
      stayNearDays: 28,
      noDrivingDays: 56,
    });
  });

  it('records that Aucatzyl never had a REMS', () => {
    // BioWorld, 8 Nov 2024: the first marketed CAR T without a REMS
    expect(carTProduct('obecabtagene-autoleucel').monitoring.history).toEqual([]);
  });
});

describe('ctcae-grades.json', () => {
  it.each([
    // MedDRA codes (raredd/rawr data/ctcae_v5.rda)
    ['Infusion related reaction', '10051792'],
    ['Anaphylaxis', '10002218'],
    ['Cytokine release syndrome', '10052015'],
    ['Fatigue', '10016256'],
    ['Rash maculo-papular', '10037868'],
    ['Pruritus', '10037087'],
    ['Diarrhea', '10012727'],
    ['Colitis', '10009887'],
    ['Nausea', '10028813'],
    ['Vomiting', '10047700'],
    ['Hypothyroidism', '10021114'],
    ['Hyperthyroidism', '10020850'],
    ['Adrenal insufficiency', '10001367'],
    ['Hypophysitis', '10062767'],
    ['Hyperglycemia', '10020639'],
    ['Pneumonitis', '10035742'],
    ['Cough', '10011224'],
    ['Dyspnea', '10013963'],
    ['Alanine aminotransferase increased', '10001551'],
    ['Aspartate aminotransferase increased', '10003481'],
    ['Blood bilirubin increased', '10005364'],
    ['Creatinine increased', '10011368'],
    ['Arthralgia', '10003239'],
    ['Myocarditis', '10028606'],
  ])('has grade text for %s (%s)', (term, code) => {
    const definition = library.ctcaeGrades.find((g) => g.term === term);
    expect(definition?.meddraCode).toBe(code);
    expect(definition?.ctcaeVersion).toBe('5.0');
  });

  it('keeps the CTCAE v5.0 wording, e.g. diarrhea grade 3', () => {
    // CTCAE v5.0 Diarrhea G3: "Increase of ≥7 stools per day over baseline; hospitalization indicated; severe increase
    // in ostomy output compared to baseline; limiting self-care ADL"
    expect(library.ctcaeGrades.find((g) => g.id === 'diarrhea')?.grades[3]).toBe(
      'Increase of ≥7 stools per day over baseline; hospitalization indicated; severe increase in ostomy output compared to baseline; limiting self-care ADL',
    );
  });
});

describe('infusion related reaction (CTCAE v5.0)', () => {
  it('carries no "report as allergic reaction instead" navigational note: that note is new in v6.0', () => {
    const irr = library.ctcaeGrades.find((g) => g.id === 'infusion-related-reaction')!;
    expect(irr.navigationalNote).toBeUndefined();
    expect(irr.notes[0]).toMatch(/new in CTCAE v6\.0/);
    expect(irr.grades[3]).toContain('recurrence of symptoms following initial improvement');
  });
});
