import { expect, it } from 'vitest';
import { resolveDatabasePath } from '../../../electron/main/paths';

it('keeps the database under <userData>/data unless --db or CHAIRSIDE_DB says otherwise', () => {
  expect(resolveDatabasePath('/home/n/.config/Chairside', [], {})).toBe(
    '/home/n/.config/Chairside/data/chairside.sqlite3',
  );
  expect(resolveDatabasePath('/u', [], { CHAIRSIDE_DB: '/srv/c.sqlite3' })).toBe('/srv/c.sqlite3');
  expect(resolveDatabasePath('/u', ['electron', '.', '--db=/tmp/t.sqlite3'], { CHAIRSIDE_DB: '/srv/c.sqlite3' })).toBe(
    '/tmp/t.sqlite3',
  );
});
