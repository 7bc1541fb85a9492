import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isPostgresInstalled, startThrowawayServer } from '../scripts/pg-server';

// The PostgreSQL server of the center-mode benchmark: CHAIRSIDE_BENCH_PG or CHAIRSIDE_TEST_PG (an
// administrator's URL), else a throwaway server in a temporary folder started as scripts/test-pg.ts does.
// Only a machine without PostgreSQL installed skips the section; a server that fails to start is an error.

export interface BenchServer {
  /** An administrator's URL on the server. */
  url: string;
  /** A new empty database on the server, and its URL. */
  createDatabase(): Promise<{ url: string; drop(): Promise<void> }>;
  stop(): void;
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function serverOf(url: string, stop: () => void): BenchServer {
  return {
    url,
    stop,
    createDatabase: async () => {
      const name = `chairside_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await admin(url, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`));
      const target = new URL(url);
      target.pathname = `/${name}`;
      return {
        url: target.toString(),
        drop: () => admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
      };
    },
  };
}

/** The server to measure on, or null when PostgreSQL is not installed here and no URL was given. */
export async function benchServer(): Promise<BenchServer | null> {
  const given = process.env.CHAIRSIDE_BENCH_PG || process.env.CHAIRSIDE_TEST_PG;
  if (given) return serverOf(given, () => undefined);
  if (!isPostgresInstalled()) return null;
  const folder = mkdtempSync(join(tmpdir(), 'chairside-bench-pg-'));
  try {
    const server = await startThrowawayServer(folder);
    return serverOf(server.url, () => {
      server.stop();
      rmSync(folder, { recursive: true, force: true });
    });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}
