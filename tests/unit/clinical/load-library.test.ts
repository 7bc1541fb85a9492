import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryLoadError, loadClinicalLibrary } from '../../../electron/main/clinical/load-library';

const LIBRARY_DIR = resolve(import.meta.dirname, '../../../resources/clinical');
const copies: string[] = [];

/** A throwaway copy of the real library with one file changed by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chairside-library-'));
  copies.push(dir);
  cpSync(LIBRARY_DIR, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

const REMOVE = Symbol('remove');
interface Edit {
  /** Record id, or its index in the file. */
  record: string | number;
  path: string;
  value: unknown;
}

/** A broken copy where each edit sets (or, with REMOVE, deletes) one field of one record. */
function editJson(file: string, ...edits: Edit[]): string {
  return brokenCopy(file, (text) => {
    const records = JSON.parse(text) as Record<string, unknown>[];
    for (const { record, path, value } of edits) {
      const target = typeof record === 'number' ? records[record] : records.find((r) => r.id === record);
      setPath(target, path.split('.'), value);
    }
    return JSON.stringify(records, null, 2);
  });
}

function setPath(target: unknown, keys: string[], value: unknown): void {
  const [key, ...rest] = keys;
  if (key === undefined || target === null || typeof target !== 'object') throw new Error('Bad edit path');
  const container = target as Record<string, unknown>;
  if (rest.length > 0) setPath(container[key], rest, value);
  else if (value === REMOVE) delete container[key];
  else container[key] = value;
}

function loadError(dir: string): LibraryLoadError {
  try {
    loadClinicalLibrary(dir);
  } catch (error) {
    if (error instanceof LibraryLoadError) return error;
    throw error;
  }
  throw new Error('The library loaded although it was broken');
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadClinicalLibrary on resources/clinical', () => {
  const library = loadClinicalLibrary(LIBRARY_DIR);

  it('loads every file', () => {
    expect(library.manifest.libraryVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(library.drugs).toHaveLength(17);
    expect(library.carTProducts).toHaveLength(7);
    // raredd/rawr ctcae_v5: "v5.0 has 837 terms in 26 SOCs"
    expect(library.ctcaeTerms).toHaveLength(837);
    expect(new Set(library.ctcaeTerms.map((term) => term.soc)).size).toBe(26);
    expect(library.ctcaeGrades).toHaveLength(24);
    expect(library.regimens.length).toBeGreaterThan(0);
  });

  it('returns a frozen library so no caller can change a dose in memory', () => {
    expect(Object.isFrozen(library.drugs[0]?.doseOptions[0]?.dose)).toBe(true);
  });

  it('is plain JSON, so it can cross IPC unchanged', () => {
    expect(JSON.parse(JSON.stringify(library))).toEqual(library);
  });
});

describe('loadClinicalLibrary on a broken copy', () => {
  it('names file, record and field for a wrong type', () => {
    const dir = editJson('drugs.json', { record: 'pembrolizumab', path: 'doseOptions.0.dose.mg', value: '200' });
    const error = loadError(dir);
    expect(error.message).toContain(
      'drugs.json: record "pembrolizumab": doseOptions.0.dose.mg: Invalid input: expected number, received string',
    );
    expect(error.issues).toEqual([
      {
        file: 'drugs.json',
        recordId: 'pembrolizumab',
        path: 'doseOptions.0.dose.mg',
        message: 'Invalid input: expected number, received string',
      },
    ]);
  });

  it('reports every problem at once, across files', () => {
    const dir = editJson(
      'regimens.json',
      { record: 0, path: 'phases.0.intervalDays', value: -21 },
      { record: 1, path: 'sources', value: REMOVE },
    );
    writeFileSync(join(dir, 'car-t-products.json'), '[{"id": "kymriah"');
    const messages = loadError(dir).issues.map((issue) => `${issue.file} ${issue.recordId} ${issue.path}`);
    expect(messages).toEqual([
      'regimens.json pembrolizumab-200-q3w phases.0.intervalDays',
      'regimens.json pembrolizumab-200-q3w-adjuvant sources',
      'car-t-products.json null ',
    ]);
  });

  it('names a record without an id by its position', () => {
    const dir = editJson('ctcae-grades.json', { record: 2, path: 'id', value: REMOVE });
    expect(loadError(dir).message).toContain('ctcae-grades.json: record "#2": id: Invalid input');
  });

  it('refuses an unverified entry that points at no field', () => {
    const dir = editJson('drugs.json', {
      record: 'dostarlimab',
      path: 'unverified.2',
      value: 'inlineFilter: typo in the path',
    });
    expect(loadError(dir).message).toContain(
      'drugs.json: record "dostarlimab": unverified.2: No field "inlineFilter" in this record',
    );
  });

  it('refuses "verified" on a record that lists unverified facts', () => {
    const dir = editJson('car-t-products.json', {
      record: 'obecabtagene-autoleucel',
      path: 'verification',
      value: 'verified',
    });
    expect(loadError(dir).message).toContain(
      'car-t-products.json: record "obecabtagene-autoleucel": verification: Must be "unverified"',
    );
  });

  it('refuses a regimen that points at a missing drug', () => {
    const dir = editJson('regimens.json', {
      record: 'nivolumab-ipilimumab-melanoma',
      path: 'phases.0.items.1.drugId',
      value: 'ipilimumabb',
    });
    expect(loadError(dir).message).toContain(
      'regimens.json: record "nivolumab-ipilimumab-melanoma": phases.0.items.1.drugId: No drug "ipilimumabb" in drugs.json',
    );
  });

  it('refuses duplicate ids', () => {
    const dir = editJson('drugs.json', { record: 'nivolumab', path: 'id', value: 'pembrolizumab' });
    expect(loadError(dir).message).toContain('drugs.json: record "pembrolizumab": id: Duplicate id');
  });

  it('refuses an SC regimen booked in an infusion chair', () => {
    const dir = editJson('regimens.json', {
      record: 'nivolumab-hyaluronidase-sc-q2w',
      path: 'slot',
      value: 'infusion-chair',
    });
    expect(loadError(dir).message).toContain(
      'record "nivolumab-hyaluronidase-sc-q2w": slot: Must be "injection" for SC products',
    );
  });

  it('refuses an SC product without a look-alike warning', () => {
    const dir = editJson('drugs.json', {
      record: 'atezolizumab-hyaluronidase-sc',
      path: 'lookAlikeWarning',
      value: REMOVE,
    });
    expect(loadError(dir).message).toContain(
      'record "atezolizumab-hyaluronidase-sc": lookAlikeWarning: An SC product needs a look-alike warning',
    );
  });

  it('refuses grade text whose MedDRA code is not the term it claims', () => {
    const dir = editJson('ctcae-grades.json', { record: 'colitis', path: 'meddraCode', value: '10012727' });
    expect(loadError(dir).message).toContain(
      'ctcae-grades.json: record "colitis": term: The term list names 10012727 "Diarrhea"',
    );
  });

  it('refuses a truncated or malformed term list', () => {
    const dir = brokenCopy('ctcae-v5-terms.tsv', (text) => {
      const lines = text.split('\n');
      lines[5] = 'not-a-code\tBroken\tSOC';
      return lines.slice(0, 100).join('\n');
    });
    const messages = loadError(dir).issues.map((issue) => `${issue.file}: ${issue.recordId}: ${issue.message}`);
    expect(messages).toContain('ctcae-v5-terms.tsv: line 6: Expected 4 tab-separated fields, got 3');
    expect(messages).toContain('ctcae-v5-terms.tsv: null: Expected 837 records, found 98');
  });

  it('refuses a missing file and a broken manifest', () => {
    const dir = brokenCopy('manifest.json', (text) => text);
    unlinkSync(join(dir, 'regimens.json'));
    expect(loadError(dir).message).toContain('regimens.json: File not found');
    writeFileSync(join(dir, 'manifest.json'), '{"libraryVersion": "1"}');
    expect(loadError(dir).message).toMatch(/manifest\.json: libraryVersion: Expected YYYY\.M\.N/);
  });
});
