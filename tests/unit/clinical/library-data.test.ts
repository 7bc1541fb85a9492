import { describe, expect, it } from 'vitest';
import type { DoseRule } from '../../../shared/clinical';
import { regimenDrugIds, unverifiedUnder } from '../../../shared/clinical';
import { carTProduct, drug, library } from './library';

// The data itself, checked against REFERENCE: the ids the app relies on, a sample of label facts per record,
// and every UNVERIFIED item of REFERENCE §10 that concerns this library.

const flatMg = (rule: DoseRule | undefined): number | undefined => (rule?.kind === 'flat' ? rule.mg : undefined);

describe('drugs.json', () => {
  it('has every IV checkpoint inhibitor of REFERENCE §1.1 and the three SC products of §1.2', () => {
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
        'atezolizumab-hyaluronidase-sc',
        'nivolumab-hyaluronidase-sc',
        'pembrolizumab-berahyaluronidase-sc',
      ].sort(),
    );
  });

  it.each([
    // REF §1.1 drug table, "Usual adult IV dose(s) & interval"
    [
      'pembrolizumab',
      [
        [200, 21],
        [400, 42],
      ],
    ],
    ['cemiplimab', [[350, 21]]],
    ['retifanlimab', [[500, 28]]],
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
    // REF §1.2: "600 mg/10,000 U Q2W or 1,200 mg/20,000 U Q4W"; Hybreza "atezolizumab 1,875 mg … Q3W"
    [
      'nivolumab-hyaluronidase-sc',
      [
        [600, 14],
        [1200, 28],
      ],
    ],
    ['atezolizumab-hyaluronidase-sc', [[1875, 21]]],
  ])('%s flat dose options (mg, interval days) are %j', (id, expected) => {
    expect(drug(id).doseOptions.map((o) => [flatMg(o.dose), o.intervalDays])).toEqual(expected);
  });

  it.each([
    // REF §1.1 "Infusion time"
    ['pembrolizumab', 30, 30],
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

  it('sends only https sources and at least one per record', () => {
    const records = [...library.drugs, ...library.regimens, ...library.carTProducts, ...library.ctcaeGrades];
    for (const record of records) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      expect(
        record.sources.every((s) => s.url === undefined || s.url.startsWith('https://')),
        record.id,
      ).toBe(true);
    }
  });
});

describe('UNVERIFIED facts of REFERENCE §10 travel with the data', () => {
  it.each([
    // REF §10.1: "In-line filter requirements for dostarlimab, retifanlimab, toripalimab, avelumab, ipilimumab, tremelimumab."
    ['dostarlimab', 'inLineFilter'],
    ['retifanlimab', 'inLineFilter'],
    ['toripalimab', 'inLineFilter'],
    ['avelumab', 'inLineFilter'],
    ['ipilimumab', 'inLineFilter'],
    ['tremelimumab', 'inLineFilter'],
    // REF §10.2: "Keytruda Qlex mg/unit doses (395 mg / 790 mg reported elsewhere) and injection volumes."
    ['pembrolizumab-berahyaluronidase-sc', 'doseOptions.0.dose.mg'],
    ['pembrolizumab-berahyaluronidase-sc', 'doseOptions.1.dose.mg'],
    ['pembrolizumab-berahyaluronidase-sc', 'composition'],
    // REF §10.3: "Current ipilimumab single-agent infusion duration (30 vs 90 min)"
    ['ipilimumab', 'infusionMinutes'],
    // REF §10.5: "Drug-specific 'monitoring labs' wording for most PD-1/PD-L1 labels other than toripalimab"
    ['pembrolizumab', 'monitoringLabs'],
    ['dostarlimab', 'monitoringLabs'],
    ['atezolizumab', 'monitoringLabs'],
    ['durvalumab', 'monitoringLabs'],
    // REF §10.6: "Avelumab IRR rate rules (slow 50% / restart at 50%)."
    ['avelumab', 'infusionReactionRule'],
  ])('%s lists %s as unverified', (id, path) => {
    const record = drug(id);
    expect(unverifiedUnder(record, path).length).toBeGreaterThan(0);
    expect(record.verification).toBe('unverified');
  });

  it.each([
    // REF §10.7: "CAR T: Aucatzyl LD regimen, premedication and monitoring; current Abecma/Carvykti/Breyanzi indication
    // wording; Breyanzi cyclophosphamide dose discrepancy (300 vs 500 mg/m²); exact post-2025 per-product label text"
    ['obecabtagene-autoleucel', 'lymphodepletion'],
    ['obecabtagene-autoleucel', 'premedication'],
    ['obecabtagene-autoleucel', 'monitoring.current'],
    ['idecabtagene-vicleucel', 'indications'],
    ['ciltacabtagene-autoleucel', 'indications'],
    ['lisocabtagene-maraleucel', 'indications'],
    ['lisocabtagene-maraleucel', 'lymphodepletion.0.days.0.agents.1.doseText'],
    ...library.carTProducts.filter((p) => p.id !== 'obecabtagene-autoleucel').map((p) => [p.id, 'monitoring.current']),
  ])('%s lists %s as unverified', (id, path) => {
    expect(unverifiedUnder(carTProduct(id), path).length).toBeGreaterThan(0);
  });

  it('marks every CTCAE record with REFERENCE status P or U as unverified', () => {
    // REF §10.8: "CTCAE v5.0 grade text for Anaphylaxis, CRS (CTCAE version), Hyperglycemia, Cough, Dyspnea,
    // Arthralgia, Myocarditis (status U in 3.2) and partial ones (status P)"
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
});

describe('car-t-products.json', () => {
  it('has the 7 products of REFERENCE §2.1', () => {
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

  it('uses the post-REMS monitoring values from 26 June 2025', () => {
    // REF §2.2: "FDA action — 26 June 2025"; "daily monitoring days = 7; stay-near days = 14; no-driving days = 14"
    for (const product of library.carTProducts) {
      expect(product.monitoring.current, product.id).toMatchObject({
        dailyMonitoringDays: 7,
        stayNearDays: 14,
        noDrivingDays: 14,
        effective: '2025-06-26',
      });
    }
  });

  it.each([
    // REF §2.2 "Before June 2025": "≥7 days (Yescarta, Abecma, Tecartus-MCL); ≥10 days (Carvykti); ≥14 days (Tecartus-ALL)";
    // "Within ~2 hours' travel for ≥4 weeks"; "No driving … 8 weeks"
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
    // REF §2.1: "Aucatzyl … was the first marketed CAR T without a REMS"
    expect(carTProduct('obecabtagene-autoleucel').monitoring.history).toEqual([]);
  });
});

describe('ctcae-grades.json', () => {
  it.each([
    // REF §3.2 MedDRA codes (from raredd/rawr)
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

  it('keeps the REFERENCE wording, e.g. diarrhea grade 3', () => {
    // REF §3.2 Diarrhea G3: "Increase of ≥7 stools per day over baseline; hospitalization indicated; severe increase in
    // ostomy output compared to baseline; limiting self-care ADL"
    expect(library.ctcaeGrades.find((g) => g.id === 'diarrhea')?.grades[3]).toBe(
      'Increase of ≥7 stools per day over baseline; hospitalization indicated; severe increase in ostomy output compared to baseline; limiting self-care ADL',
    );
  });
});
