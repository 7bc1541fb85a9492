import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  carTProductSchema,
  checkLibraryIntegrity,
  checkRecordCounts,
  ctcaeGradeDefinitionSchema,
  ctcaeTermSchema,
  drugSchema,
  formatLibraryIssue,
  libraryManifestSchema,
  parseCtcaeTsv,
  regimenSchema,
  termFromTsvRow,
} from '../../../shared/clinical';
import type { ClinicalLibrary, LibraryFileKind, LibraryIssue, LibraryManifest } from '../../../shared/clinical';

// Loads resources/clinical as one validated, frozen library, or throws LibraryLoadError listing every problem
// (file, record, field). All or nothing: a half-loaded library could show a dose without its warnings.

export const MANIFEST_FILE = 'manifest.json';

export class LibraryLoadError extends Error {
  constructor(
    readonly issues: readonly LibraryIssue[],
    dir: string,
  ) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super([`Clinical library in ${dir} failed to load (${count}):`, ...issues.map(formatLibraryIssue)].join('\n'));
    this.name = 'LibraryLoadError';
  }
}

export function loadClinicalLibrary(dir: string): ClinicalLibrary {
  const issues: LibraryIssue[] = [];
  const manifest = readManifest(dir, issues);
  if (manifest === undefined) throw new LibraryLoadError(issues, dir);
  const pathOf = (kind: LibraryFileKind): string => manifest.files.find((file) => file.kind === kind)?.path ?? kind;
  const library: ClinicalLibrary = {
    manifest,
    drugs: readRecords(dir, pathOf('drugs'), drugSchema, issues),
    regimens: readRecords(dir, pathOf('regimens'), regimenSchema, issues),
    carTProducts: readRecords(dir, pathOf('carTProducts'), carTProductSchema, issues),
    ctcaeGrades: readRecords(dir, pathOf('ctcaeGrades'), ctcaeGradeDefinitionSchema, issues),
    ctcaeTerms: readTerms(dir, pathOf('ctcaeTerms'), issues),
  };
  // Cross-file checks only make sense on records that each passed their schema; counts always do.
  issues.push(...(issues.length === 0 ? checkLibraryIntegrity(library) : checkRecordCounts(library)));
  if (issues.length > 0) throw new LibraryLoadError(issues, dir);
  return deepFreeze(library);
}

function readManifest(dir: string, issues: LibraryIssue[]): LibraryManifest | undefined {
  const raw = readJson(dir, MANIFEST_FILE, issues);
  if (raw === undefined) return undefined;
  const result = libraryManifestSchema.safeParse(raw);
  if (result.success) return result.data;
  issues.push(...zodIssues(MANIFEST_FILE, null, result.error));
  return undefined;
}

function readText(dir: string, file: string, issues: LibraryIssue[]): string | undefined {
  try {
    return readFileSync(join(dir, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    issues.push({ file, recordId: null, path: '', message: code === 'ENOENT' ? 'File not found' : String(error) });
    return undefined;
  }
}

function readJson(dir: string, file: string, issues: LibraryIssue[]): unknown {
  const text = readText(dir, file, issues);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    issues.push({ file, recordId: null, path: '', message: `Invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function readRecords<T>(dir: string, file: string, schema: z.ZodType<T>, issues: LibraryIssue[]): T[] {
  const raw = readJson(dir, file, issues);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ file, recordId: null, path: '', message: 'Expected a JSON array of records' });
    return [];
  }
  return parseEach(raw, file, schema, issues, (record, index) => recordLabel(record, 'id') ?? `#${index}`);
}

function readTerms(dir: string, file: string, issues: LibraryIssue[]): ClinicalLibrary['ctcaeTerms'] {
  const text = readText(dir, file, issues);
  if (text === undefined) return [];
  const parsed = parseCtcaeTsv(text);
  issues.push(
    ...parsed.issues.map((issue) => ({ file, recordId: `line ${issue.line}`, path: '', message: issue.message })),
  );
  const terms = parsed.rows.map(termFromTsvRow);
  return parseEach(
    terms,
    file,
    ctcaeTermSchema,
    issues,
    (term, index) => recordLabel(term, 'meddraCode') || `line ${index + 2}`,
  );
}

function parseEach<T>(
  raw: readonly unknown[],
  file: string,
  schema: z.ZodType<T>,
  issues: LibraryIssue[],
  labelOf: (record: unknown, index: number) => string,
): T[] {
  const records: T[] = [];
  raw.forEach((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) records.push(result.data);
    else issues.push(...zodIssues(file, labelOf(record, index), result.error));
  });
  return records;
}

function recordLabel(record: unknown, key: string): string | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function zodIssues(file: string, recordId: string | null, error: z.ZodError): LibraryIssue[] {
  return error.issues.map((issue) => ({
    file,
    recordId,
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
