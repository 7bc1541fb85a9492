import type { LabField, LabProblem } from '../../../../shared/labs/entry';
import type { ApiError } from '../../app/api';

/** Main's refusal of a batch (issues `results.N.field`, English message, French in params) as problems per row. */
export function problemsByRow(error: ApiError, rows: number): LabProblem[][] {
  const out: LabProblem[][] = Array.from({ length: rows }, () => []);
  for (const issue of error.error.issues) {
    const m = /^results\.(\d+)\.(\w+)$/.exec(issue.path);
    if (!m) continue;
    out[Number(m[1])]?.push({
      field: m[2] as LabField,
      en: issue.message,
      fr: String(issue.params?.fr ?? issue.message),
    });
  }
  return out;
}
