import i18next from 'i18next';
import type { CsvFileProblem } from '../../../../shared/labs/csv';
import type { LabField, LabProblem, LabProblemCode } from '../../../../shared/labs/entry';
import type { ApiError } from '../../app/api';
import { tDynamic } from '../../i18n';

/**
 * A lab result's problem in the reader's words (`errors.<code>`, features/labs/messages-refusal.*.ts): the form's
 * own check and the core's refusal of the same row carry the same reason, so both read the same. The English
 * sentence is shown only if the words were missing.
 */
export function labProblemText(problem: Pick<LabProblem, 'code' | 'params' | 'message'>): string {
  return tDynamic(`errors.${problem.code}`, problem.message, problem.params);
}

/** A problem with a CSV file itself, naming the missing columns as its first line may name them. */
export function csvFileProblemText(problem: CsvFileProblem): string {
  if (problem.code === 'noRows') return i18next.t('labs.csv.problem.noRows');
  const columns = problem.columns.map((column) => i18next.t(`labs.csv.column.${column}`)).join(', ');
  return i18next.t('labs.csv.problem.columnsMissing', { columns });
}

/** Main's refusal of a batch (issues `results.N.field`, each with its reason and parameters) as problems per row. */
export function problemsByRow(error: ApiError, rows: number): LabProblem[][] {
  const out: LabProblem[][] = Array.from({ length: rows }, () => []);
  for (const issue of error.error.issues) {
    const m = /^results\.(\d+)\.(\w+)$/.exec(issue.path);
    if (!m || !issue.code) continue;
    out[Number(m[1])]?.push({
      field: m[2] as LabField,
      code: issue.code as LabProblemCode,
      params: issue.params ?? {},
      message: issue.message,
    });
  }
  return out;
}
