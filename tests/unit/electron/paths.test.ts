import { describe, expect, it } from 'vitest';
import { resolveDatabaseSetting } from '../../../electron/main/paths';

const CENTER = 'postgres://chairside@db.hospital.example/center?sslmode=verify-full';

describe('the database setting, strongest first: --db, CHAIRSIDE_DB, the saved setting, the default file', () => {
  it('keeps the database under <userData>/data when nothing says otherwise', () => {
    expect(resolveDatabaseSetting('/home/n/.config/Chairside', [], {})).toEqual({
      value: '/home/n/.config/Chairside/data/chairside.sqlite3',
      source: 'default',
    });
  });

  it('opens the center database saved in Settings over the default file', () => {
    expect(resolveDatabaseSetting('/u', [], {}, CENTER)).toEqual({ value: CENTER, source: 'saved' });
  });

  it('lets CHAIRSIDE_DB win over the saved setting', () => {
    expect(resolveDatabaseSetting('/u', [], { CHAIRSIDE_DB: '/srv/c.sqlite3' }, CENTER)).toEqual({
      value: '/srv/c.sqlite3',
      source: 'environment',
    });
  });

  it('lets --db (either form) win over CHAIRSIDE_DB and the saved setting', () => {
    const env = { CHAIRSIDE_DB: '/srv/c.sqlite3' };
    expect(resolveDatabaseSetting('/u', ['electron', '.', '--db=/tmp/t.sqlite3'], env, CENTER)).toEqual({
      value: '/tmp/t.sqlite3',
      source: 'command-line',
    });
    expect(resolveDatabaseSetting('/u', ['electron', '.', '--db', '/tmp/u.sqlite3'], env, CENTER)).toEqual({
      value: '/tmp/u.sqlite3',
      source: 'command-line',
    });
  });

  it('ignores an empty CHAIRSIDE_DB and a --db with nothing after it', () => {
    expect(resolveDatabaseSetting('/u', ['electron', '--db'], { CHAIRSIDE_DB: '' }, CENTER).source).toBe('saved');
  });
});
