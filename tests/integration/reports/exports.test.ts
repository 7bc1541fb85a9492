import { execFile } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TODAY } from '../charting/setup';
import { chartedVisitWorld, type ReportWorld } from './world';

const run = promisify(execFile);

let w: ReportWorld;
beforeAll(async () => {
  w = await chartedVisitWorld();
}, 120_000);
afterAll(async () => {
  await w.t.close();
  await w.platform.close();
});

const range = { from: TODAY, to: TODAY };

/** The saved file's text, its BOM checked and removed, parsed back as records (RFC 4180). */
function parsedCsv(fileName: string) {
  const text = readFileSync(join(w.platform.saveDir, fileName), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('exports for other systems', () => {
  it('writes the appointments of the range as CSV with a header, ISO dates and the patient MRN', async () => {
    const result = await w.t.ok('reports:export-csv', { ...range, dataset: 'appointments' });
    expect(result).toMatchObject({ done: true, rows: 1, fileName: `appointments-${TODAY}-${TODAY}.csv` });
    const csv = parsedCsv(result.fileName!);
    expect(csv.meta.fields).toEqual([
      'appointment_id',
      'mrn',
      'date',
      'start',
      'end',
      'status',
      'chair',
      'nurse',
      'regimen',
      'cycle',
      'dose_number',
      'first_dose',
    ]);
    expect(csv.data).toEqual([
      expect.objectContaining({
        appointment_id: w.appointmentId,
        mrn: 'MRN-0042',
        date: TODAY,
        start: '10:00',
        status: 'completed',
        dose_number: '1',
        first_dose: 'true',
      }),
    ]);
  });

  it('writes the administration with its double check and the reaction with its MedDRA code and grade', async () => {
    const admin = await w.t.ok('reports:export-csv', { ...range, dataset: 'administrations' });
    expect(parsedCsv(admin.fileName!).data).toEqual([
      expect.objectContaining({
        drug_id: 'pembrolizumab',
        dose_mg: '200',
        start: '10:05',
        stop: '10:45',
        complete: 'true',
        double_checked_by: 'Chloé Charge',
      }),
    ]);
    const reactions = await w.t.ok('reports:export-csv', { ...range, dataset: 'reactions' });
    expect(parsedCsv(reactions.fileName!).data).toEqual([
      expect.objectContaining({ drug_id: 'pembrolizumab', meddra_code: '10051792', grade: '2', onset: '10:12' }),
    ]);
  });

  it('writes an empty dataset as its header row alone', async () => {
    const result = await w.t.ok('reports:export-csv', { ...range, dataset: 'iraes' });
    expect(result.rows).toBe(0);
    const csv = parsedCsv(result.fileName!);
    expect(csv.data).toEqual([]);
    expect(csv.meta.fields).toContain('meddra_code');
  });

  it('writes one report section as the CSV of its table', async () => {
    const result = await w.t.ok('reports:export-section', { ...range, section: 'waiting' });
    const csv = parsedCsv(result.fileName!);
    expect(csv.meta.fields).toEqual(['minutes', 'visits']);
    expect(csv.data.find((r) => r.minutes === '60–90')?.visits).toBe('1');
  });

  it('saves nothing and records nothing when the save dialog is cancelled', async () => {
    const before = await w.t.ok('audit:list', { action: 'export', limit: 100 });
    w.platform.cancelNext('save');
    const result = await w.t.ok('reports:export-csv', { ...range, dataset: 'appointments' });
    expect(result).toEqual({ done: false, rows: 0, fileName: null });
    expect(await w.t.ok('audit:list', { action: 'export', limit: 100 })).toHaveLength(before.length);
  });

  it('records who exported what and when, naming the file but not the folder', async () => {
    await w.t.ok('reports:export-csv', { ...range, dataset: 'reactions' });
    const [last] = await w.t.ok('audit:list', { action: 'export', limit: 1 });
    expect(last).toMatchObject({ action: 'export', objectType: 'report', objectId: `reactions-${TODAY}-${TODAY}.csv` });
    expect(last!.userName).toBe('Chloé Charge');
    expect(JSON.parse(last!.detail!)).toEqual({ kind: 'dataset-csv', dataset: 'reactions', from: TODAY, to: TODAY, rows: 1 });
    expect(last!.detail).not.toContain(w.platform.saveDir);
  });

  it('prints the report to a PDF with every section, its plots drawn as vectors (pdftotext, pdftoppm)', async () => {
    const result = await w.t.ok('reports:save-pdf', { ...range, language: 'fr' });
    expect(result.done).toBe(true);
    const path = join(w.platform.saveDir, result.fileName!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const { stdout } = await run('pdftotext', ['-layout', path, '-']);
    for (const title of ['Occupation des fauteuils', 'Patients par infirmière', 'Attente', 'Réactions à la perfusion']) {
      expect(stdout).toContain(title);
    }
    expect(stdout).toContain('pembrolizumab');
    if (process.env.REPORT_PNG_DIR) {
      writeFileSync(join(process.env.REPORT_PNG_DIR, 'report.pdf'), readFileSync(path));
      await run('pdftoppm', ['-png', '-r', '60', path, join(process.env.REPORT_PNG_DIR, 'report')]);
    }
  });
});
