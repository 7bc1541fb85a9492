import { sql } from 'kysely';
import { readCenterKeyCheck } from '../repositories/center-key';
import { appliedCenterMigrations } from './center';
import type { DatabaseLocation } from './location';
import { openPostgresStore } from './postgres';

// Settings › Center database › Test connection: one connection to the center's server, a look at its schema
// and its center key check, then the connection is closed. Nothing is migrated or written, and the attempt is
// time-boxed so a server that never answers (a dropped packet, a firewall) does not hold the screen.

export interface CenterProbe {
  /** The migrations the database has run (none: an empty database). */
  applied: string[];
  /** The check value of the center key, or null when the database has none yet. */
  keyCheck: string | null;
}

export class ProbeTimeout extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(ms: number) {
    super(`connection timeout: no answer within ${ms / 1000} s`);
    this.name = 'ProbeTimeout';
  }
}

function timeBox<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Connects, reads the schema state and the key check, and disconnects; throws the driver's error on failure. */
export async function probeCenterDatabase(
  location: Extract<DatabaseLocation, { kind: 'postgres' }>,
  options: { password?: string | undefined; workstation?: string; timeoutMs: number },
): Promise<CenterProbe> {
  const store = openPostgresStore(location, {
    password: options.password,
    workstation: options.workstation,
    maxConnections: 1,
    connectTimeoutMs: options.timeoutMs,
  });
  const look = async (): Promise<CenterProbe> => {
    const applied = await appliedCenterMigrations(store);
    const table = await sql<{ t: string | null }>`SELECT to_regclass('center_key')::text AS t`.execute(store.db);
    return { applied, keyCheck: table.rows[0]?.t ? await readCenterKeyCheck(store.db) : null };
  };
  try {
    return await timeBox(look(), options.timeoutMs + 1000);
  } finally {
    // Never kept: a pool that is still connecting ends with it.
    void store.close().catch(() => undefined);
  }
}
