import { describe, expect, it } from 'vitest';
import { analyteByName, analyteOf, unitOf } from '../../../shared/labs/analytes';
import { checkLabResult } from '../../../shared/labs/entry';
import { previewCsv } from '../../../shared/labs/csv';

const TODAY = '2026-11-27';
const creat = (value: string, unit: string, extra = {}) =>
  checkLabResult({ analyte: 'creatinine', drawnAt: '2026-11-26T14:00', value, unit, ...extra }, 'en', TODAY);

describe('unit conversions (factors from the SI conversion table)', () => {
  it.each([
    ['creatinine', '1.2', 'mg/dL', 106.08, 'µmol/L'],
    ['creatinine', '106', 'µmol/L', 106, 'µmol/L'],
    ['creatinine', '106', 'umol/L', 106, 'µmol/L'],
    ['bilirubin', '1', 'mg/dL', 17.1, 'µmol/L'],
    ['glucose', '100', 'mg/dL', 5.55, 'mmol/L'],
    ['cortisol', '10', 'mcg/dL', 275.9, 'nmol/L'],
    ['acth', '20', 'pg/mL', 4.4, 'pmol/L'],
    ['free-t4', '1', 'ng/dL', 12.87, 'pmol/L'],
    ['haemoglobin', '12.5', 'g/dL', 125, 'g/L'],
    ['platelets', '250', 'x10^9/L', 250, '10⁹/L'],
    ['troponin', '0.014', 'ng/mL', 14, 'ng/L'],
  ])('%s %s %s reads %s %s', (analyte, value, unit, expected, first) => {
    const r = checkLabResult({ analyte, drawnAt: '2026-11-26T14:00', value, unit }, 'en', TODAY);
    expect(r.ok && r.result.firstUnitValue).toBe(expected);
    expect(analyteOf(r.ok ? r.result.analyte : 'anc').units[0]!.unit).toBe(first);
  });

  it('keeps the value exactly as typed beside the converted one', () => {
    const r = creat('1.20', 'mg/dL');
    expect(r.ok && [r.result.valueText, r.result.valueNumber, r.result.unit]).toEqual(['1.20', 1.2, 'mg/dL']);
  });

  it('refuses a unit the analyte is not reported in, instead of guessing (creatinine in mmol/L)', () => {
    const r = creat('0.1', 'mmol/L');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toEqual([
        {
          field: 'unit',
          code: 'lab-unit-unknown',
          params: { unit: 'mmol/L', analyte: 'creatinine', units: 'µmol/L, mg/dL' },
          message: 'Unit: “mmol/L” is not a unit Creatinine is reported in (µmol/L, mg/dL).',
        },
      ]);
  });

  it('reads a comma decimal in French, and refuses a possible thousands grouping', () => {
    const fr = checkLabResult(
      { analyte: 'tsh', drawnAt: '2026-11-26T14:00', value: '1,9', unit: 'mUI/L'.replace('UI', 'IU') },
      'fr',
      TODAY,
    );
    expect(fr.ok && fr.result.valueNumber).toBe(1.9);
    const grouped = checkLabResult(
      { analyte: 'platelets', drawnAt: '2026-11-26T14:00', value: '1,250', unit: '10⁹/L' },
      'en',
      TODAY,
    );
    expect(grouped.ok).toBe(false);
  });

  it('keeps a reported bound ("<0.01") as a comparator and its number', () => {
    const r = checkLabResult(
      { analyte: 'tsh', drawnAt: '2026-11-26T14:00', value: '<0.01', unit: 'mIU/L' },
      'en',
      TODAY,
    );
    expect(r.ok && [r.result.comparator, r.result.valueNumber]).toEqual(['<', 0.01]);
  });

  it('names every problem field with its reason: time, future date, reversed range, qualitative words', () => {
    const r = checkLabResult(
      { analyte: 'alt', drawnAt: '2026-11-28T25:00', value: 'high', unit: 'U/L', refLow: '56', refHigh: '7' },
      'en',
      TODAY,
    );
    expect(r.ok ? [] : r.problems.map((p) => [p.field, p.code, p.params])).toEqual([
      ['drawnAt', 'lab-drawn-at-format', {}],
      ['value', 'lab-not-a-number', { field: 'value', text: 'high' }],
      ['refHigh', 'lab-range-reversed', {}],
    ]);
    const future = creat('80', 'µmol/L', { drawnAt: '2026-11-28T08:00' });
    expect(future.ok ? null : future.problems[0]).toMatchObject({
      code: 'lab-drawn-in-future',
      message: 'Drawn at: a result cannot be drawn in the future.',
    });
    const hbs = checkLabResult(
      { analyte: 'hbsag', drawnAt: '2026-11-20T08:00', value: 'Négatif', unit: 'result' },
      'fr',
      TODAY,
    );
    expect(hbs.ok && hbs.result.valueText).toBe('negative');
  });

  it('finds analytes by report names in both languages', () => {
    expect(analyteByName('ASAT')?.id).toBe('ast');
    expect(analyteByName('Créatinine')?.id).toBe('creatinine');
    expect(unitOf(analyteOf('glucose'), 'mg/dl')?.unit).toBe('mg/dL');
  });
});

describe('CSV import preview', () => {
  const csv = [
    'Test;Value;Unit;Date;Time;Range',
    'Creatinine;1,1;mg/dL;2026-11-26;14:05;0,5-1,02',
    'ALT;34;U/L;2026-11-26;14:05;7-56',
    'TSH;abc;mIU/L;2026-11-26;14:05;0,4-4',
    'Magnesium;0,8;mmol/L;2026-11-26;14:05;',
    'Glucose;5,1;mmol/L;26/11/2026;14:05;3,9-5,6',
  ].join('\n');

  it('reads each row, with a French semicolon export and ranges like "7-56"', () => {
    const p = previewCsv(csv, 'fr', TODAY);
    expect(p.rows).toHaveLength(5);
    expect(p.rows[0]!.result).toMatchObject({
      analyte: 'creatinine',
      valueNumber: 1.1,
      refLow: 0.5,
      refHigh: 1.02,
      drawnAt: '2026-11-26T14:05',
    });
    expect(p.rows[1]!.result).toMatchObject({ analyte: 'alt', refHigh: 56 });
  });

  it('refuses malformed rows one by one, naming the line and field, and marks the file not clean', () => {
    const p = previewCsv(csv, 'fr', TODAY);
    expect(p.isClean).toBe(false);
    const bad = p.rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems.map((x) => x.field)]);
    expect(bad).toEqual([
      [4, ['value']],
      [5, ['analyte']],
      [6, ['drawnAt']],
    ]);
  });

  it('refuses a file without the needed columns', () => {
    const p = previewCsv('name,result\nALT,30', 'en', TODAY);
    expect(p.isClean).toBe(false);
    expect(p.fileProblems).toEqual([{ code: 'columnsMissing', columns: ['unit', 'date'] }]);
    expect(previewCsv('', 'en', TODAY).fileProblems).toEqual([
      { code: 'columnsMissing', columns: ['analyte', 'value', 'unit', 'date'] },
    ]);
    expect(previewCsv('test,value,unit,date\n', 'en', TODAY).fileProblems).toEqual([{ code: 'noRows' }]);
  });

  it('reads quoted fields with commas', () => {
    const p = previewCsv(
      'test,value,unit,drawn,low,high\n"ALT","1,250",U/L,2026-11-26 08:00,7,56\nAST,30,U/L,2026-11-26 08:00,10,40',
      'en',
      TODAY,
    );
    expect(p.rows[0]!.problems.map((x) => x.field)).toEqual(['value']);
    expect(p.rows[1]!.result?.valueNumber).toBe(30);
  });
});
