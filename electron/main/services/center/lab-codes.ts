import { ANALYTES, type Analyte } from '../../../../shared/labs/analytes';
import {
  loincCodeProblem,
  normalisedLoincCodes,
  type LabLoincCodes,
  type LoincProblem,
} from '../../../../shared/labs/loinc';
import { labLoincCodes } from '../../../../shared/ipc/contract/labs';
import type { IpcIssue } from '../../../../shared/ipc/result';
import type { CoreDeps } from '../../core/deps';
import { AppError } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import type { Executor } from '../audit/audit';
import { readSettingValue } from '../../repositories/settings';
import { savePolicySetting } from './policy-setting';

// The LOINC code the center's laboratory reports for each analyte, which the FHIR export writes as the lab
// Observation's coding. Kept as JSON in the settings table under its own key like the other center policies:
// empty until the center sets a code, changed by a charge nurse or an administrator only, every change audited
// with the codes before and after.

const KEY = 'labLoincCodes';

/** The center's codes; a stored value this version cannot read, or a code that is not one, exports by name. */
export async function readLabLoincCodes(ex: Executor): Promise<LabLoincCodes> {
  const parsed = labLoincCodes.safeParse(await readSettingValue(ex, KEY));
  if (!parsed.success) return {};
  const codes = normalisedLoincCodes(parsed.data);
  return Object.fromEntries(Object.entries(codes).filter(([, code]) => loincCodeProblem(code) === null));
}

/**
 * One refused code: its reason and the analyte, which the screen names in the reader's language; the English
 * sentence is the log's.
 */
function issueOf(analyte: Analyte, problem: LoincProblem): IpcIssue {
  const where = { path: `codes.${analyte.id}`, params: { analyte: analyte.id } };
  const test = analyte.names.en;
  if (problem === 'format') {
    const message = `The LOINC code for ${test} must be digits, a hyphen and one check digit.`;
    return { ...where, message, code: 'loinc-format' };
  }
  const message = `The LOINC code for ${test} has a last digit that is not the check digit of the digits before it: check the code with your laboratory.`;
  return { ...where, message, code: 'loinc-check-digit' };
}

/** Replaces the center's codes, refusing every code that is not one (each named) before anything is written. */
export async function saveLabLoincCodes(
  deps: CoreDeps,
  typed: Readonly<Record<string, string | undefined>>,
  ctx: RequestContext,
): Promise<LabLoincCodes> {
  const codes = normalisedLoincCodes(typed);
  const issues = ANALYTES.flatMap((analyte) => {
    const code = codes[analyte.id];
    const problem = code === undefined ? null : loincCodeProblem(code);
    return problem ? [issueOf(analyte, problem)] : [];
  });
  if (issues.length > 0) throw new AppError('invalid', issues.map((i) => i.message).join(' '), issues);
  await savePolicySetting(deps, ctx, KEY, codes, readLabLoincCodes);
  return readLabLoincCodes(deps.store.db);
}
