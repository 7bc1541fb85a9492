import { isWellFormedText } from '../../../shared/ipc/text';
import type { IpcIssue } from '../../../shared/ipc/result';

// Checked on every channel before the channel's own schema: the shape of any JSON a renderer may send.
// The largest real inputs (a chart entry, a center regimen, a week of shifts) stay far below these bounds;
// a hostile 100,000-element array is refused here in one short answer instead of 100,000 zod issues.
export const INPUT_LIMITS = {
  /** Arrays, objects and primitives counted together. */
  maxValues: 10_000,
  maxDepth: 32,
  /** Characters of every string and key together. */
  maxCharacters: 512 * 1024,
} as const;

interface Pending {
  value: unknown;
  path: string;
  depth: number;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function checkText(text: string, path: string): IpcIssue | null {
  return isWellFormedText(text)
    ? null
    : {
        path,
        message: 'Contains a broken character (an unpaired UTF-16 surrogate): retype this text',
        code: 'broken-character',
      };
}

/** The first reason the input cannot be accepted whatever the channel, or null. Iterative: no stack overflow. */
export function inspectInput(input: unknown): IpcIssue | null {
  const stack: Pending[] = [{ value: input, path: '', depth: 0 }];
  const seen = new Set<object>();
  let values = 0;
  let characters = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    values += 1;
    if (values > INPUT_LIMITS.maxValues)
      return { path: '', message: 'The request is too large', code: 'request-too-large' };
    if (depth > INPUT_LIMITS.maxDepth)
      return { path, message: 'The request is nested too deeply', code: 'request-too-large' };
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > INPUT_LIMITS.maxCharacters)
        return { path: '', message: 'The request is too large', code: 'request-too-large' };
      const issue = checkText(value, path);
      if (issue) return issue;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return { path, message: 'The request refers to itself', code: 'request-too-large' };
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    if (values + stack.length + size > INPUT_LIMITS.maxValues)
      return { path: '', message: 'The request is too large', code: 'request-too-large' };
    seen.add(value);
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof key === 'string') {
        characters += key.length;
        const issue = checkText(key, join(path, '(key)'));
        if (issue) return issue;
      }
      stack.push({ value: child, path: join(path, key), depth: depth + 1 });
    }
    if (characters > INPUT_LIMITS.maxCharacters)
      return { path: '', message: 'The request is too large', code: 'request-too-large' };
  }
  return null;
}
