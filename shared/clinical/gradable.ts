// A grade is computed only when the findings entered decide it. When a finding is missing and some value of it
// would give a different grade, the answer is "not gradable yet" with the inputs to enter, never a grade 0
// that hides a toxicity (a CRS assessment with no temperature is not "No CRS").
//
// How it is decided: every way the missing findings could still turn out is graded with the complete-input
// grading function. If all of them give the same grade, that grade stands (the missing finding cannot change
// it); otherwise the result says which missing findings matter and the range of grades still possible. The
// domains are small (at most about a thousand combinations for ICANS), so trying them all is exact and cheap.

/** The fever a CRS grade rests on: the temperature, waived by therapy for CRS, or not entered. */
export type Fever = number | 'waived' | 'not-entered';

/** A finding that decides a grade: the form's field and the value entered (ICE and CAPD totals are numbers). */
export interface DecidingFinding {
  field: 'hypotension' | 'hypoxia' | 'ice' | 'capd' | 'consciousness' | 'seizure' | 'motorWeakness' | 'raisedIcp';
  value: string | number;
}

/**
 * Why a grade is what it is, as data, so a screen says it in the reader's language; `reason` stays the English
 * sentence (logs, tests). Never stored: the stored grade keeps the shape of the payload schema.
 */
export type GradeWhy =
  | { code: 'crs-no-fever'; premedication: boolean }
  | { code: 'crs-none-after-therapy' }
  | { code: 'crs-grade-1'; fever: Fever }
  | { code: 'crs-organ'; grade: number; fever: Fever; decides: DecidingFinding; hypotension: number; hypoxia: number }
  | { code: 'icans-none'; tool: 'ICE' | 'CAPD' }
  | { code: 'icans-domains'; grade: number; deciding: DecidingFinding[] };

export interface GradeResult {
  grade: number;
  reason: string;
  why?: GradeWhy;
}

export interface Graded {
  status: 'graded';
  grade: number;
  reason: string;
  why?: GradeWhy;
  /** Findings not entered that cannot change this grade. */
  notEntered?: string[];
}

export interface NotGradable {
  status: 'incomplete';
  /** The missing findings that could change the grade, in the order the form asks them. */
  missing: string[];
  /** The grades still possible with what is known. */
  lowest: number;
  highest: number;
  reason: string;
}

export type Gradable = Graded | NotGradable;

/** The findings of one assessment, each null while not entered. */
export type Findings<F> = { [K in keyof F]: F[K] | null };

/** For each finding, every value it can take, mildest first. */
export type Domains<F> = { readonly [K in keyof F]: readonly F[K][] };

/**
 * Grades `findings` if the missing ones cannot change the grade. `grade` gets complete findings and answers
 * null for a combination that cannot happen (an unarousable patient who scores ICE 7), which is skipped.
 */
export function gradeIfDecided<F extends object>(
  findings: Findings<F>,
  domains: Domains<F>,
  grade: (complete: F) => GradeResult | null,
): Gradable {
  const keys = Object.keys(domains) as (keyof F & string)[];
  const missing = keys.filter((key) => findings[key] === null || findings[key] === undefined);
  const outcomes = completions(findings, domains, missing)
    .map((complete) => ({ complete, result: grade(complete) }))
    .filter((o): o is { complete: F; result: GradeResult } => o.result !== null);
  if (outcomes.length === 0) throw new RangeError('No possible combination of these findings can be graded');
  const grades = outcomes.map((o) => o.result.grade);
  const lowest = Math.min(...grades);
  const highest = Math.max(...grades);
  if (lowest === highest) {
    const first = outcomes[0]!.result;
    const note = missing.length > 0 ? ` Not entered (cannot change this grade): ${missing.join(', ')}.` : '';
    const why = first.why ? { why: first.why, notEntered: missing } : {};
    return { status: 'graded', grade: first.grade, reason: `${first.reason}${note}`, ...why };
  }
  const changing = missing.filter((key) => changesGrade(key, missing, outcomes));
  // Skipped combinations could in theory hide a single-finding change; then every missing finding is named.
  const relevant = changing.length > 0 ? changing : missing;
  return {
    status: 'incomplete',
    missing: relevant,
    lowest,
    highest,
    reason: `Not gradable yet: enter ${relevant.join(', ')} (grade ${lowest} to ${highest} with what is known).`,
  };
}

function completions<F extends object>(findings: Findings<F>, domains: Domains<F>, missing: readonly (keyof F)[]): F[] {
  let partial: Record<string, unknown>[] = [{ ...findings }];
  for (const key of missing) {
    partial = partial.flatMap((p) => domains[key].map((value) => ({ ...p, [key]: value })));
  }
  return partial as F[];
}

/** True when two completions that differ only in `key` give different grades. */
function changesGrade<F>(
  key: keyof F,
  missing: readonly (keyof F)[],
  outcomes: readonly { complete: F; result: GradeResult }[],
): boolean {
  const others = missing.filter((k) => k !== key);
  const byRest = new Map<string, Set<number>>();
  for (const { complete, result } of outcomes) {
    const signature = JSON.stringify(others.map((k) => complete[k]));
    const set = byRest.get(signature) ?? new Set<number>();
    set.add(result.grade);
    byRest.set(signature, set);
  }
  return [...byRest.values()].some((set) => set.size > 1);
}

export function isGraded(result: Gradable | null | undefined): result is Graded {
  return result?.status === 'graded';
}
