import { foldText } from '../text/fold';
import { americanSpelling } from './ctcae-spelling';
import type { CtcaeGrade, CtcaeGradeDefinition, CtcaeTerm } from './schema-ctcae';

// CTCAE term helpers: search for the adverse-event picker, allowed grades, and parsing of the term TSV.

const ALL_GRADES: readonly CtcaeGrade[] = [1, 2, 3, 4, 5];

/**
 * Grades that may be recorded for a term. With grade text, only grades that are not "–" in CTCAE; without it
 * (most "Other, specify" terms and every term the library has no grade text for) all grades stay allowed, because
 * the app must not forbid a grade it has no text for.
 */
export function allowedGrades(definition: CtcaeGradeDefinition | undefined): CtcaeGrade[] {
  if (definition === undefined) return [...ALL_GRADES];
  return ALL_GRADES.filter((grade) => definition.grades[grade] !== null);
}

/** Lower case, accents removed, punctuation as spaces: "Guillain-Barré" → "guillain barre" (the app's one fold). */
export const normalizeForSearch = foldText;

const compact = (text: string): string => text.replace(/ /g, '');

// Lower rank = better match.
function rankTerm(term: CtcaeTerm, query: string): number | null {
  const name = americanSpelling(normalizeForSearch(term.term));
  if (term.meddraCode === query || name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(' ').some((word) => word.startsWith(query))) return 2;
  if (name.includes(query)) return 3;
  const tokens = query.split(' ');
  if (tokens.every((token) => name.includes(token))) return 4;
  // "maculopapular" finds "Rash maculo-papular".
  if (compact(name).includes(compact(query))) return 5;
  if (americanSpelling(normalizeForSearch(term.soc)).includes(query)) return 6;
  if (/^\d+$/.test(query) && term.meddraCode.startsWith(query)) return 7;
  return null;
}

/**
 * Case- and accent-insensitive search over term, SOC and MedDRA code, in British or American spelling
 * ("diarrhoea" finds Diarrhea); term-prefix matches first.
 */
export function searchCtcae(terms: readonly CtcaeTerm[], query: string, limit = 20): CtcaeTerm[] {
  const normalized = americanSpelling(normalizeForSearch(query));
  if (normalized === '' || limit <= 0) return [];
  return terms
    .map((term) => ({ term, rank: rankTerm(term, normalized) }))
    .filter((hit): hit is { term: CtcaeTerm; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.term.term.localeCompare(b.term.term, 'en'))
    .slice(0, limit)
    .map((hit) => hit.term);
}

export const CTCAE_TSV_HEADER = ['meddra_code', 'term', 'soc', 'definition'] as const;

export interface TsvIssue {
  line: number;
  message: string;
}

/**
 * Splits the term TSV into rows without validating values (the zod schema does that, so errors are reported
 * the same way as for the JSON files). Returns structural problems as issues.
 */
export function parseCtcaeTsv(text: string): { rows: Record<string, string>[]; issues: TsvIssue[] } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const issues: TsvIssue[] = [];
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== CTCAE_TSV_HEADER.join('\t')) {
    issues.push({
      line: 1,
      message: `Header must be "${CTCAE_TSV_HEADER.join('<TAB>')}", got "${header.join('<TAB>')}"`,
    });
    return { rows: [], issues };
  }
  const rows: Record<string, string>[] = [];
  lines.slice(1).forEach((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== CTCAE_TSV_HEADER.length) {
      issues.push({
        line: index + 2,
        message: `Expected ${CTCAE_TSV_HEADER.length} tab-separated fields, got ${cells.length}`,
      });
      return;
    }
    rows.push(Object.fromEntries(CTCAE_TSV_HEADER.map((name, column) => [name, cells[column] ?? ''])));
  });
  return { rows, issues };
}

/** TSV row (snake_case columns) → domain term. */
export function termFromTsvRow(row: Record<string, string>): Record<keyof CtcaeTerm, string | undefined> {
  return { meddraCode: row.meddra_code, term: row.term, soc: row.soc, definition: row.definition };
}
