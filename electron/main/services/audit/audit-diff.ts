import type { IpcIssue } from '../../../../shared/ipc/result';
import type { CoreRefusalReason } from '../../../../shared/ipc/core-refusals';
import { AppError } from '../../core/errors';
import { classifyFailure } from '../../store/errors';

export interface FieldDiff {
  changed: string[];
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * What an audit event records about an edit: the names of the changed fields and their values before and
 * after. Fields listed in `redact` (free text such as notes) are named as changed but their text is kept
 * out of the audit trail, which is read far more widely than the record itself.
 */
export function diffFields<T extends object>(
  before: T | null,
  after: T,
  redact: ReadonlyArray<keyof T> = [],
): FieldDiff {
  const keys = Object.keys(after) as Array<keyof T>;
  const changed = keys.filter((k) => before === null || !Object.is(before[k], after[k]));
  const shown = changed.filter((k) => !redact.includes(k));
  const pick = (from: T) => Object.fromEntries(shown.map((k) => [k, from[k]]));
  return { changed: changed.map(String), before: before === null ? {} : pick(before), after: pick(after) };
}

/** Several field problems at once, reported together so a form can mark every field in one round. */
export function invalidFields(issues: IpcIssue[]): AppError {
  return new AppError('invalid', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

/** A clash with something already saved (a duplicate MRN or chair name), naming the field. */
export function conflictOn(path: string, reason: CoreRefusalReason, message: string): AppError {
  return new AppError('conflict', `${path}: ${message}`, [{ path, message, code: reason }]);
}

/** True for a UNIQUE or PRIMARY KEY clash, whatever wraps it (classified in one place, store/errors.ts). */
export function isUniqueViolation(error: unknown): boolean {
  return classifyFailure(error)?.kind === 'unique';
}
