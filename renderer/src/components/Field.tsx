import { useId, type ReactElement, cloneElement } from 'react';
import type { IpcIssue } from '../../../shared/ipc/result';
import { issueText } from './refusal-text';

interface FieldProps {
  label: string;
  help?: string;
  error?: string | undefined;
  children: ReactElement<{ id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean }>;
}

/** A labelled form control whose help and error text are announced with it. */
export function Field({ label, help, error, children }: FieldProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Maps the core's field issues (`centerName`, `doses.0.date`) to the first one per field, in the reader's words
 * (refusal-text.ts: never the schema's wording).
 */
export function issuesByField(
  issues: ReadonlyArray<Pick<IpcIssue, 'path' | 'message' | 'code' | 'params'>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path] ??= issueText(issue);
  return out;
}
