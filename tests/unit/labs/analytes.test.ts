import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ANALYTE_IDS, ANALYTES, SI_TABLE_SOURCE, analyteOf, toFirstUnit, unitOf } from '../../../shared/labs/analytes';

// The analyte table lives in resources/clinical/analytes.json with the source of its conversion factors; the
// module reads and checks it. These tests read the file itself, so a test written from the module's output
// could not hide a change to the data.

const file = JSON.parse(readFileSync('resources/clinical/analytes.json', 'utf8')) as {
  siConversionSource: { url: string; checked: string };
  analytes: Array<{ id: string; units: Array<{ unit: string; factor: number; molarConversion?: boolean }> }>;
};

it('has every test Chairside knows exactly once, in the order of ANALYTE_IDS', () => {
  expect(file.analytes.map((a) => a.id)).toEqual([...ANALYTE_IDS]);
  expect(ANALYTES.map((a) => a.id)).toEqual([...ANALYTE_IDS]);
});

it('keeps the source of its mass-to-molar factors, and only those factors are marked as conversions', () => {
  expect(SI_TABLE_SOURCE.url).toBe(file.siConversionSource.url);
  expect(SI_TABLE_SOURCE.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const molar = file.analytes.flatMap((a) => a.units.filter((u) => u.molarConversion).map((u) => `${a.id} ${u.unit}`));
  expect(molar).toEqual([
    'bilirubin mg/dL',
    'creatinine mg/dL',
    'glucose mg/dL',
    'free-t4 ng/dL',
    'cortisol µg/dL',
    'acth pg/mL',
  ]);
  for (const analyte of file.analytes) expect(analyte.units[0]!.factor, analyte.id).toBe(1);
});

it('converts with the factors of the file (creatinine 1.2 mg/dL is 106.08 µmol/L)', () => {
  const creatinine = analyteOf('creatinine');
  expect(toFirstUnit(1.2, unitOf(creatinine, 'mg/dL')!)).toBe(106.08);
  expect(unitOf(creatinine, 'mg/dL')).toEqual({ unit: 'mg/dL', factor: 88.4, isMolarConversion: true });
  expect(unitOf(analyteOf('troponin'), 'ng/mL')).toEqual({ unit: 'ng/mL', factor: 1000, isMolarConversion: false });
});
