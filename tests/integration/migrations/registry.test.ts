import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../electron/main/store/migrations';

const folder = join(import.meta.dirname, '../../../electron/main/store/migrations');

it('registers every migration file once, in numeric order, numbered in steps of 10', () => {
  const names = MIGRATIONS.map(([name]) => name);
  const files = readdirSync(folder)
    .filter((f) => /^\d{4}-.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  expect(names).toEqual([...files].sort());
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(Number(name.slice(0, 4)) % 10).toBe(0);
});

it('has a test for every migration', () => {
  const tests = readdirSync(import.meta.dirname);
  for (const [name] of MIGRATIONS) expect(tests).toContain(`${name.slice(0, 4)}.test.ts`);
});

it('only ever adds to the schema: no migration drops or renames a table or column', () => {
  const destructive = /dropTable|dropColumn|renameTo|renameColumn|\bDROP\s+(TABLE|COLUMN)|\bRENAME\b/i;
  for (const file of readdirSync(folder).filter((f) => /^\d{4}-.*\.ts$/.test(f))) {
    const text = readFileSync(join(folder, file), 'utf8');
    expect(destructive.test(text), `${file} must be additive`).toBe(false);
  }
});
