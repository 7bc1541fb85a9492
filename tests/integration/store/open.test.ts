import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAndMigrate } from '../../../electron/main/store/migrate';
import { MIGRATIONS } from '../../../electron/main/store/migrations';
import { StoreError } from '../../../electron/main/store/errors';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chairside-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the statements the store keeps', () => {
  const chair = (id: string, name: string) => ({
    id,
    name,
    name_key: name.toLowerCase(),
    area: '',
    kind: 'chair',
    active: 1,
    sort_order: 0,
  });

  it('answers the same statement again after it failed, inside and outside a transaction', async () => {
    const { store } = await openAndMigrate(join(dir, 'db.sqlite3'));
    try {
      await store.db.insertInto('chair').values(chair('c1', 'Chair 1')).execute();
      // The same SQL text three times: once refused by the primary key, then twice accepted.
      await expect(store.db.insertInto('chair').values(chair('c1', 'Chair 9')).execute()).rejects.toThrow();
      await store.db.insertInto('chair').values(chair('c2', 'Chair 2')).execute();
      await expect(
        store.db.transaction().execute(async (tx) => {
          await tx.insertInto('chair').values(chair('c3', 'Chair 3')).execute();
          await tx.insertInto('chair').values(chair('c3', 'Chair 3 again')).execute();
        }),
      ).rejects.toThrow();
      const names = await store.db.selectFrom('chair').select('name').orderBy('id').execute();
      expect(names.map((r) => r.name)).toEqual(['Chair 1', 'Chair 2']);
    } finally {
      await store.close();
    }
  });

  it('stays correct past the number of statements it keeps (a variable IN list makes many texts)', async () => {
    const { store } = await openAndMigrate(join(dir, 'db.sqlite3'));
    try {
      await store.db.insertInto('chair').values(chair('c1', 'Chair 1')).execute();
      for (let n = 1; n <= 450; n += 1) {
        const ids = ['c1', ...Array.from({ length: n }, (_, i) => `none-${i}`)];
        const rows = await store.db.selectFrom('chair').select('id').where('id', 'in', ids).execute();
        expect(rows, `IN list of ${ids.length}`).toEqual([{ id: 'c1' }]);
      }
      // The first texts were dropped from the store's set: asked again, they are prepared again and answer.
      const again = await store.db.selectFrom('chair').select('id').where('id', 'in', ['c1', 'none-0']).execute();
      expect(again).toEqual([{ id: 'c1' }]);
    } finally {
      await store.close();
    }
  });
});

describe('opening the store', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout, also when reopening a WAL file', async () => {
    const path = join(dir, 'data', 'chairside.sqlite3');
    for (let open = 0; open < 2; open += 1) {
      const { store } = await openAndMigrate(path);
      expect(store.pragmas()).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 });
      await store.close();
    }
  });

  it('creates a missing data folder', async () => {
    const path = join(dir, 'nested', 'data', 'chairside.sqlite3');
    const { store } = await openAndMigrate(path);
    expect(existsSync(path)).toBe(true);
    await store.close();
  });

  it('names the folder when the data folder cannot be created', async () => {
    const file = join(dir, 'not-a-folder');
    await openAndMigrate(join(dir, 'db.sqlite3')).then((r) => r.store.close());
    rmSync(join(dir, 'db.sqlite3'));
    writeFileSync(file, 'x');
    const error = await openAndMigrate(join(file, 'chairside.sqlite3')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toContain(file);
  });

  it('applies every migration in order on a new database, and none twice', async () => {
    const path = join(dir, 'chairside.sqlite3');
    const first = await openAndMigrate(path);
    expect(first.applied).toEqual(MIGRATIONS.map(([name]) => name));
    expect(first.backup).toBeNull();
    await first.store.close();
    const second = await openAndMigrate(path);
    expect(second.applied).toEqual([]);
    await second.store.close();
  });

  it('backs up an existing database online before migrating it', async () => {
    const path = join(dir, 'chairside.sqlite3');
    const old = await openAndMigrate(path, { upTo: MIGRATIONS[0]![0] });
    await sql`INSERT INTO setting (key, value_json, updated_at) VALUES ('language', '"fr"', 'x')`.execute(old.store.db);
    await old.store.close();
    const upgraded = await openAndMigrate(path, { now: new Date('2026-11-27T08:00:00Z') });
    expect(upgraded.backup).not.toBeNull();
    await upgraded.store.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const restored = await openAndMigrate(join(dir, 'backups', backups[0]!), { upTo: MIGRATIONS[0]![0] });
    const rows = await sql<{ value_json: string }>`SELECT value_json FROM setting`.execute(restored.store.db);
    expect(rows.rows).toEqual([{ value_json: '"fr"' }]);
    await restored.store.close();
  });

  it('refuses a database written by a newer version and leaves the file untouched', async () => {
    const path = join(dir, 'chairside.sqlite3');
    const { store } = await openAndMigrate(path);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9990-from-the-future', 'x')`.execute(store.db);
    await store.close();
    const before = sha(path);
    const error = await openAndMigrate(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('newer-database');
    expect((error as StoreError).message).toMatch(/newer version of Chairside.*9990-from-the-future.*not changed/);
    expect(sha(path)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('rolls back every pending migration when one fails', async () => {
    const path = join(dir, 'chairside.sqlite3');
    const broken = await import('../../../electron/main/store/migrations');
    const original = [...broken.MIGRATIONS];
    (broken.MIGRATIONS as unknown as Array<unknown>).push([
      '9999-broken',
      {
        up: async (db: Parameters<NonNullable<(typeof original)[0]>[1]['up']>[0]) =>
          sql`CREATE TABLE oops (`.execute(db),
      },
    ]);
    try {
      const error = await openAndMigrate(path).catch((e: unknown) => e);
      expect((error as StoreError).kind).toBe('migration-failed');
    } finally {
      (broken.MIGRATIONS as unknown as Array<unknown>).pop();
    }
    const { store, applied } = await openAndMigrate(path);
    // Nothing from the failed run survived: everything is applied again from scratch.
    expect(applied).toEqual(original.map(([n]) => n));
    await store.close();
  });
});
