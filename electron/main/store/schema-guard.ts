import { StoreError } from './errors';
import type { Store } from './database';

// The triggers are what make signed chart entries and audit events immutable and keep bookings apart. Anyone
// with write access to the file can DROP or replace one, after which the app would happily write around
// them. At start-up the database's triggers are compared with those the migrations create (the reference is
// an in-memory database migrated by this very build): a missing, altered or extra trigger stops start-up.

type Triggers = Map<string, string>;

let reference: Promise<Triggers> | null = null;

const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();

function triggersOf(store: Pick<Store, 'prepare'>): Triggers {
  const rows = store
    .prepare<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    .all();
  return new Map(rows.map((r) => [r.name, normalise(r.sql)]));
}

async function referenceTriggers(): Promise<Triggers> {
  reference ??= (async () => {
    const { openAndMigrate } = await import('./migrate');
    const { store } = await openAndMigrate(':memory:', { skipChecks: true });
    try {
      return triggersOf(store);
    } finally {
      await store.close();
    }
  })();
  return reference;
}

export interface SchemaProblems {
  missing: string[];
  altered: string[];
  extra: string[];
}

/** Compares the database's triggers with the reference; empty lists when they match. */
export async function schemaProblems(store: Pick<Store, 'prepare'>): Promise<SchemaProblems> {
  const expected = await referenceTriggers();
  const actual = triggersOf(store);
  return {
    missing: [...expected.keys()].filter((name) => !actual.has(name)),
    altered: [...expected.keys()].filter((name) => actual.has(name) && actual.get(name) !== expected.get(name)),
    extra: [...actual.keys()].filter((name) => !expected.has(name)),
  };
}

/** Refuses to start on a database whose protections were removed or changed outside Chairside. */
export async function assertProtections(store: Store): Promise<void> {
  const { missing, altered, extra } = await schemaProblems(store);
  const names = [...missing, ...altered, ...extra];
  if (names.length === 0) return;
  throw new StoreError(
    'tampered',
    `The database ${store.path} was changed outside Chairside: its protections (${names.join(', ')}) are missing or altered, ` +
      'so signed records and the audit trail could be changed without trace. Chairside will not open it. ' +
      'Tell IT: keep this file for investigation and restore the latest backup (npm run db:restore).',
  );
}

/** `PRAGMA quick_check` at start-up: a damaged file is refused with a clear message, never half-read. */
export function assertQuickCheck(store: Store): void {
  const rows = store.prepare<{ quick_check: string }>('PRAGMA quick_check').all();
  const result = rows.map((r) => r.quick_check);
  if (result.length === 1 && result[0] === 'ok') return;
  throw new StoreError(
    'corrupt',
    `The database ${store.path} is damaged (SQLite's check found: ${result.slice(0, 3).join('; ')}). ` +
      'Chairside will not open it. Tell IT: keep this file and restore the latest backup (npm run db:restore).',
  );
}
