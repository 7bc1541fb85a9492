import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Core } from '../electron/main/core/create-core';
import { DAY_VIEW_SQL } from '../electron/main/repositories/day-view';
import { compare, printRows, type BenchRow } from './lib';
import { rawBaseline } from './raw-baseline';
import { CENTER_KIND, centerSize, must, openCenterPair, type CenterPair, type CenterSide } from './center';
import type { BenchContext } from './options';

// Center mode on PostgreSQL beside the workstation file on SQLite, on the same generated center: the day view
// of a full day, booking a 6-dose plan, and a chart draft + sign. Each through the core on PostgreSQL against
// the same on SQLite, and each through the core against the raw SQL of the same work on the same database,
// all in this one run (the raw SQL on PostgreSQL through one plain node-postgres connection, prepared).

type RawWork = {
  dayView(date: string): Promise<unknown>;
  liveOnDay(date: string): Promise<unknown>;
  insert(): Promise<void>;
};

const LIVE_SQL = `SELECT id, chair_id, nurse_id, start_minute, end_minute, patient_id FROM appointment
  WHERE date = ? AND status NOT IN ('cancelled', 'held', 'no-show')`;
const INSERT_SQL = `INSERT INTO chart_entry (id, entry_id, patient_id, kind, status, version, payload, author_id,
  created_at, updated_at, signed_by, signed_at, client_request_id) VALUES (?, ?, ?, ?, 'signed', 1, ?, ?, ?, ?, ?, ?, ?)`;

function entryValues(pair: CenterPair): unknown[] {
  const id = randomUUID();
  const at = new Date().toISOString();
  const payload = '{"text":"Tolerated well","painScore":1}';
  return [id, id, pair.patientId, CENTER_KIND, payload, pair.userId, at, at, pair.userId, at, randomUUID()];
}

function sqliteRaw(core: Core, pair: CenterPair): RawWork {
  const day = rawBaseline(core.store, DAY_VIEW_SQL);
  const live = rawBaseline(core.store, LIVE_SQL);
  const insert = rawBaseline(core.store, INSERT_SQL);
  return {
    dayView: (date) => Promise.resolve(day.all(date)),
    liveOnDay: (date) => Promise.resolve(live.all(date)),
    insert: () => Promise.resolve(void insert.run(...entryValues(pair))),
  };
}

const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

async function postgresRaw(url: string, pair: CenterPair): Promise<{ raw: RawWork; end(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const run = (name: string, text: string, values: unknown[]) =>
    client.query<Record<string, unknown>>({ name, text: numbered(text), values }).then((r) => r.rows);
  return {
    raw: {
      dayView: (date) => run('bench-day-view', DAY_VIEW_SQL, [date]),
      liveOnDay: (date) => run('bench-live', LIVE_SQL, [date]),
      insert: () => run('bench-insert', INSERT_SQL, entryValues(pair)).then(() => undefined),
    },
    end: () => client.end(),
  };
}

interface Work {
  name: string;
  core: (side: CenterSide) => () => Promise<unknown>;
  rawName: string;
  raw: (raw: RawWork) => () => Promise<unknown>;
  iterations: number;
}

function works(pair: CenterPair, quick: boolean): Work[] {
  const day = pair.busyDay;
  return [
    {
      name: `schedule:day of a full day (${day})`,
      core: (s) => () => must(s.core, 'schedule:day', { date: day }),
      rawName: 'the same rows from one prepared SQL statement',
      raw: (r) => () => r.dayView(day),
      iterations: quick ? 2 : 150,
    },
    {
      name: 'schedule:book-plan, 6 doses, into the busy center',
      core: (s) => () => book(s),
      rawName: "one prepared read of the first dose's day (live appointments)",
      raw: (r) => () => r.liveOnDay(day),
      iterations: quick ? 2 : 30,
    },
    {
      name: 'chart entry draft + sign',
      core: (s) => () => draftAndSign(s, pair),
      rawName: 'one prepared INSERT of a signed entry',
      raw: (r) => () => r.insert(),
      iterations: quick ? 6 : 150,
    },
  ];
}

async function book(side: CenterSide): Promise<void> {
  const result = await side.core.dispatch('schedule:book-plan', { planId: side.nextPlan() });
  if (!result.ok && result.error.code !== 'conflict') throw new Error(result.error.message);
}

async function draftAndSign(side: CenterSide, pair: CenterPair): Promise<void> {
  const draft = await must(side.core, 'chart:save-draft', {
    patientId: pair.patientId,
    kind: CENTER_KIND,
    payload: { text: 'Tolerated well', painScore: 1 },
    clientRequestId: randomUUID(),
  });
  await must(side.core, 'chart:sign', { id: draft.id, clientRequestId: randomUUID() });
}

async function rowsOf(
  work: Work,
  pair: CenterPair,
  raw: { sqlite: RawWork; postgres: RawWork },
  quick: boolean,
): Promise<BenchRow[]> {
  // Quick (CI): one round, one warm-up call, a few samples: the same code paths, noisier ratios.
  const options = quick
    ? { iterations: work.iterations, rounds: 1, warmup: 1 }
    : { iterations: work.iterations, rounds: 2 };
  const { sqlite, postgres } = pair;
  return [
    await compare(`${work.name} on PostgreSQL`, work.core(postgres), 'the same on SQLite', work.core(sqlite), options),
    await compare(`${work.name} on PostgreSQL`, work.core(postgres), work.rawName, work.raw(raw.postgres), options),
    await compare(`${work.name} on SQLite`, work.core(sqlite), work.rawName, work.raw(raw.sqlite), options),
  ];
}

/** The plans each side books: every compare of the booking takes up to its iterations plus warm-ups. */
export const plansNeeded = (quick: boolean) => (quick ? 2 * (2 + 1) : 2 * (30 + 8));

export async function benchCenterMode(context: BenchContext): Promise<void> {
  const started = performance.now();
  const pair = await openCenterPair(context, plansNeeded(context.quick));
  if (!pair) {
    console.log(
      '\n## Center mode (PostgreSQL)\nskipped: no PostgreSQL (install postgresql, or set CHAIRSIDE_BENCH_PG)',
    );
    return;
  }
  const setupSeconds = (performance.now() - started) / 1000;
  const pgRaw = await postgresRaw(pair.postgres.core.databasePath, pair);
  try {
    const raw = { sqlite: sqliteRaw(pair.sqlite.core, pair), postgres: pgRaw.raw };
    const rows: BenchRow[] = [];
    for (const work of works(pair, context.quick)) rows.push(...(await rowsOf(work, pair, raw, context.quick)));
    const { years, chairs } = centerSize(context.quick);
    const setup = `${pair.summary.appointments} appointments; moved onto PostgreSQL in ${pair.importSeconds.toFixed(1)} s`;
    printRows(
      `Center mode: PostgreSQL beside SQLite (${years}-year, ${chairs}-chair generated center, ${setup})`,
      rows,
    );
    const total = (performance.now() - started) / 1000;
    console.log(
      `(center: generated and moved in ${setupSeconds.toFixed(1)} s, measured in ${(total - setupSeconds).toFixed(1)} s)`,
    );
  } finally {
    await pgRaw.end();
    await pair.close();
  }
}
