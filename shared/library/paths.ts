// Reading and writing one field of a plain JSON record by its dotted path ("phases.0.items.1.dose.mg"), the
// same path form the library's "unverified" entries use. Pure, so main and the renderer agree on paths.

function isContainer(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

/** The value at `path`, or undefined when any step of the path is missing. */
export function valueAt(record: unknown, path: string): unknown {
  let current: unknown = record;
  for (const key of path.split('.')) {
    if (!isContainer(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/**
 * Sets `path` on a record the caller owns (a clone: the shipped library is frozen). Every step but the last
 * must exist; returns false, changing nothing, when one does not.
 */
export function setValueAt(record: unknown, path: string, value: unknown): boolean {
  const keys = path.split('.');
  const last = keys.pop();
  const parent = keys.length === 0 ? record : valueAt(record, keys.join('.'));
  if (last === undefined || !isContainer(parent)) return false;
  parent[last] = value;
  return true;
}
