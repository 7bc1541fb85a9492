import { afterEach, describe, expect, it } from 'vitest';
import { checkIn, openWorld, type World } from './setup';

// The administration card's facts come from the library through charting:context: preparation, filter, the
// combination day's order, labs before each dose, and where each of these comes from.

let w: World;
afterEach(() => w.t.close());

describe('administration facts in the visit context', () => {
  it('nivolumab + ipilimumab: the day’s order, ipilimumab preparation, filter, pre-dose labs and dated sources', async () => {
    w = await openWorld({ regimenId: 'nivolumab-ipilimumab-melanoma', maxDoses: 4 });
    await checkIn(w);
    const { drugs } = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    const ipi = drugs.find((d) => d.drugId === 'ipilimumab')!;
    expect(ipi.sequence).toEqual({
      drugNames: ['Nivolumab (Opdivo)', 'Ipilimumab (Yervoy)'],
      note: 'Nivolumab first, then ipilimumab, in separate bags with separate filters.',
    });
    expect(ipi.preparation).toMatchObject({
      diluent: '0.9% sodium chloride or 5% dextrose',
      finalConcentration: '1–2 mg/mL',
      storage: 'Diluted solution: no more than 24 hours refrigerated (2–8 °C)',
    });
    // From a 2015 label copy: the card shows it with its UNVERIFIED mark and what would confirm it.
    expect(ipi.preparation?.unverified.join(' ')).toMatch(/Confirm: Yervoy PI section 2/);
    expect(ipi.filterText).toMatch(/In-line low-protein-binding filter required/);
    expect(ipi.labsBeforeEachDose).toEqual([
      'Liver enzymes (ALT, AST, bilirubin)',
      'Creatinine',
      'ACTH / cortisol',
      'Thyroid function (TSH)',
    ]);
    expect(ipi.infusionMinutes).toBe(30);
    expect(ipi.sources[0]).toEqual({
      title: 'Yervoy dosage, Tables 1 and 2 (PI text copy)',
      url: 'https://www.drugs.com/dosage/yervoy.html',
      revised: '2023-02-15',
      checked: '2026-12-03',
    });
    const nivo = drugs.find((d) => d.drugId === 'nivolumab')!;
    expect(nivo.preparation).toMatchObject({ diluent: null, finalConcentration: null, storage: null });
    expect(nivo.preparation?.unverified[0]).toMatch(/^preparation: .* Confirm: Opdivo PI section 2/);
  });

  it('a single drug has no sequence; avelumab gives its diluent and hold times', async () => {
    w = await openWorld({ regimenId: 'avelumab-800-q2w', maxDoses: 2 });
    const { drugs } = await w.t.ok('charting:context', { appointmentId: w.appointmentId });
    expect(drugs[0]).toMatchObject({
      sequence: null,
      preparation: {
        diluent: '250 mL 0.9% sodium chloride',
        storage: 'Diluted solution: up to 4 hours at room temperature or up to 24 hours refrigerated',
      },
      filterText: '0.2 µm in-line filter (sterile, non-pyrogenic, low-protein-binding)',
      reactionRule:
        'US label: grade 1–2 — interrupt or slow the rate of infusion; grade 3–4 — permanently discontinue.',
    });
  });
});
