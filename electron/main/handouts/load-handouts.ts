import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { checkHandoutLibrary, FACTS_FILE, LOCALE_FILES, type HandoutIssue } from '../../../shared/handouts/consistency';
import {
  carTSheetSchema,
  checkpointClassSheetSchema,
  checkpointEntriesSchema,
  HANDOUT_LOCALES,
  handoutFactsFileSchema,
  handoutFactsSchema,
  uiStringsSchema,
  type HandoutLibrary,
  type HandoutLocale,
  type LocaleHandoutContent,
} from '../../../shared/handouts/schema';
import type { ClinicalLibrary } from '../../../shared/clinical';
import { deriveHandoutFacts } from '../../../shared/handouts/derive-facts';

// Loads resources/handouts: facts.json (which sheets exist; their numbers come from the clinical library)
// plus en/ and fr/. Every file is read and validated before anything is
// returned, and all problems are reported together (file + field), so a broken translation can never leave
// the app printing half a sheet.

export class HandoutContentError extends Error {
  readonly code = 'HANDOUT_CONTENT_INVALID';
  constructor(readonly issues: readonly HandoutIssue[]) {
    super(
      `Handout content is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`,
    );
    this.name = 'HandoutContentError';
  }
}

function formatIssue(issue: HandoutIssue): string {
  return `  ${issue.file}${issue.path ? ` › ${issue.path}` : ''}: ${issue.message}`;
}

type Result<T> = { ok: true; value: T } | { ok: false };

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>, issues: HandoutIssue[]): Result<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    const message =
      error instanceof SyntaxError ? `not valid JSON: ${error.message}` : `cannot be read: ${(error as Error).message}`;
    issues.push({ file, path: '', message });
    return { ok: false };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  for (const issue of parsed.error.issues)
    issues.push({ file, path: issue.path.map(String).join('.'), message: issue.message });
  return { ok: false };
}

/** Files nobody reads are mistakes (a typo in a name would otherwise be ignored silently). */
function checkNoStrayFiles(dir: string, locale: HandoutLocale, issues: HandoutIssue[]): void {
  let names: string[];
  try {
    names = readdirSync(join(dir, locale));
  } catch {
    issues.push({ file: `${locale}/`, path: '', message: 'folder is missing' });
    return;
  }
  const expected = new Set<string>(Object.values(LOCALE_FILES));
  for (const name of names) {
    if (!expected.has(name))
      issues.push({
        file: `${locale}/${name}`,
        path: '',
        message: 'unexpected file (not part of the handout content)',
      });
  }
}

function loadLocale(dir: string, locale: HandoutLocale, issues: HandoutIssue[]): LocaleHandoutContent | undefined {
  checkNoStrayFiles(dir, locale, issues);
  const file = (name: string) => `${locale}/${name}`;
  const ui = readJson(dir, file(LOCALE_FILES.ui), uiStringsSchema, issues);
  const checkpointClass = readJson(dir, file(LOCALE_FILES.checkpointClass), checkpointClassSheetSchema, issues);
  const checkpointEntries = readJson(dir, file(LOCALE_FILES.checkpointEntries), checkpointEntriesSchema, issues);
  const carT = readJson(dir, file(LOCALE_FILES.carT), carTSheetSchema, issues);
  if (!ui.ok || !checkpointClass.ok || !checkpointEntries.ok || !carT.ok) return undefined;
  return {
    ui: ui.value,
    checkpointClass: checkpointClass.value,
    checkpointEntries: checkpointEntries.value,
    carT: carT.value,
  };
}

/**
 * Reads and validates the whole handout library from `dir` (normally resources/handouts).
 * Throws HandoutContentError listing every problem; returns only a complete, consistent library.
 */
export function loadHandoutContent(dir: string, clinical: ClinicalLibrary): HandoutLibrary {
  const issues: HandoutIssue[] = [];
  const file = readJson(dir, FACTS_FILE, handoutFactsFileSchema, issues);
  const [en, fr] = HANDOUT_LOCALES.map((locale) => loadLocale(dir, locale, issues));
  if (!file.ok || !en || !fr || issues.length > 0) throw new HandoutContentError(issues);
  // The numbers come from the clinical library; a sheet naming a drug the library lacks is refused here.
  const derived = deriveHandoutFacts(file.value, clinical);
  issues.push(...derived.issues.map((issue) => ({ file: FACTS_FILE, ...issue })));
  const facts = handoutFactsSchema.safeParse(derived.facts);
  if (issues.length > 0) throw new HandoutContentError(issues);
  if (!facts.success) {
    throw new HandoutContentError(
      facts.error.issues.map((i) => ({ file: FACTS_FILE, path: i.path.join('.'), message: i.message })),
    );
  }
  const library: HandoutLibrary = { facts: facts.data, locales: { en, fr } };
  const crossFile = checkHandoutLibrary(library);
  if (crossFile.length > 0) throw new HandoutContentError(crossFile);
  return library;
}
