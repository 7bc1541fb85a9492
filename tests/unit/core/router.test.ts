import { describe, expect, it, vi } from 'vitest';
import { AppError, conflict } from '../../../electron/main/core/errors';
import { createRouter, type Handlers } from '../../../electron/main/core/router';

const ctx = { userId: null, workstation: 'w' };

function routerWith(overrides: Partial<Handlers>) {
  const base = {
    'system:info': () => ({
      appName: 'Chairside',
      appVersion: '1',
      databasePath: '/x',
      schemaVersion: 's',
      libraryVersion: null,
      now: '2026-11-27T09:00:00.000Z',
      timeZone: 'America/Toronto',
    }),
  } as unknown as Handlers;
  const log = { error: vi.fn() };
  return { dispatch: createRouter({ ...base, ...overrides }, log), log };
}

describe('the channel router', () => {
  it('wraps a handler value in { ok: true, value }', async () => {
    const { dispatch } = routerWith({});
    expect(await dispatch('system:info', {}, ctx)).toMatchObject({ ok: true, value: { appName: 'Chairside' } });
  });

  it('passes an expected error through with its code and field issues', async () => {
    const { dispatch } = routerWith({
      'settings:get': () => {
        throw new AppError('invalid', 'centerName: taken', [{ path: 'centerName', message: 'taken' }]);
      },
      'audit:list': () => {
        throw conflict('entry-signed', 'Signed entries cannot be changed.');
      },
    });
    expect(await dispatch('settings:get', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'centerName: taken', issues: [{ path: 'centerName', message: 'taken' }] },
    });
    expect(await dispatch('audit:list', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'conflict', issues: [{ path: '', code: 'entry-signed' }] },
    });
  });

  it('hides an unexpected error behind `internal` and logs the detail', async () => {
    const { dispatch, log } = routerWith({
      'settings:get': () => {
        throw new Error('SQLITE_CORRUPT near patient Jane Doe at /app/x.ts:12');
      },
    });
    const result = await dispatch('settings:get', {}, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', issues: [] } });
    expect(JSON.stringify(result)).not.toContain('Jane Doe');
    expect(log.error).toHaveBeenCalledOnce();
  });

  it('treats a handler answer that breaks the output schema as internal, never passing it on', async () => {
    const { dispatch } = routerWith({ 'settings:get': () => ({ language: 'klingon' }) as never });
    expect(await dispatch('settings:get', {}, ctx)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('never calls the handler when the input is invalid', async () => {
    const handler = vi.fn();
    const { dispatch } = routerWith({ 'settings:update': handler });
    const result = await dispatch('settings:update', { idleLockMinutes: 0, extra: 1 }, ctx);
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!result.ok) {
      expect(result.error.issues.map((i) => i.path).sort()).toEqual(['', 'idleLockMinutes']);
    }
  });
});

describe('hostile shapes, on every channel before its schema', () => {
  it('refuses a string holding a lone UTF-16 surrogate, naming the field, without calling the handler', async () => {
    const handler = vi.fn();
    const { dispatch } = routerWith({ 'audit:list': handler });
    for (const text of ['x\uD800', '\uDFFFy', 'a\uDC00\uD800b']) {
      const result = await dispatch('audit:list', { patientId: text }, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: 'patientId' }] } });
    }
    const inKey = await dispatch('audit:list', { ['k\uD800']: 1 }, ctx);
    expect(inKey).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts well-formed text with real surrogate pairs (emoji, CJK extension B)', async () => {
    const handler = vi.fn(() => []);
    const { dispatch } = routerWith({ 'audit:list': handler });
    expect((await dispatch('audit:list', { patientId: 'p-😀-𠀋' }, ctx)).ok).toBe(true);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('answers a 100,000-element payload with one short refusal (not megabytes of issues)', async () => {
    const { dispatch } = routerWith({});
    const huge = { days: Array.from({ length: 100_000 }, (_, i) => ({ weekday: i })) };
    const result = await dispatch('center:save-hours', huge, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(JSON.stringify(result).length).toBeLessThan(500);
  });

  it('refuses deep nesting and very long text before validating', async () => {
    const { dispatch } = routerWith({});
    let deep: unknown = 'x';
    for (let i = 0; i < 5_000; i += 1) deep = [deep];
    expect(await dispatch('settings:update', { centerName: deep }, ctx)).toMatchObject({ error: { code: 'invalid' } });
    const long = await dispatch('settings:update', { centerName: 'x'.repeat(1_000_000) }, ctx);
    expect(JSON.stringify(long).length).toBeLessThan(500);
  });

  it('caps the issues at 20 and cuts each message', async () => {
    const { dispatch } = routerWith({});
    const days = Array.from({ length: 500 }, () => ({ weekday: 'no', extra: 'y'.repeat(5000) }));
    const result = await dispatch('center:save-hours', { days }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.length).toBeLessThanOrEqual(20);
    for (const issue of result.error.issues) expect(issue.message.length).toBeLessThanOrEqual(200);
  });
});

describe('always an envelope, failures typed', () => {
  const sqliteError = (code: string) => Object.assign(new Error(`${code} happened`), { code });

  it.each([
    ['SQLITE_FULL', 'storage-full'],
    ['SQLITE_IOERR_WRITE', 'storage-error'],
    ['SQLITE_IOERR', 'storage-error'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_READONLY_DBMOVED', 'read-only'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['ENOSPC', 'storage-full'],
    ['EROFS', 'read-only'],
  ])('%s answers %s, naming the file and the fix', async (code, expected) => {
    const { dispatch } = routerWith({
      'settings:get': () => {
        throw new Error('cannot rollback', { cause: sqliteError(code) });
      },
    });
    const result = await dispatch('settings:get', {}, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: { code: expected, params: { file: expect.any(String) as unknown } },
    });
    if (!result.ok) {
      expect(result.error.retryable ?? false).toBe(expected === 'busy');
      expect(result.error.message).toContain(result.error.params!.file!);
    }
  });

  it('answers a uniqueness clash nobody foresaw as conflict, not internal', async () => {
    const { dispatch } = routerWith({
      'settings:get': () => {
        throw sqliteError('SQLITE_CONSTRAINT_UNIQUE');
      },
    });
    expect(await dispatch('settings:get', {}, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('answers an envelope when the access guard itself throws', async () => {
    const log = { error: vi.fn() };
    const dispatch = createRouter({} as Handlers, log, {
      guard: () => Promise.reject(sqliteError('SQLITE_FULL')),
      databaseFile: '/data/chairside.sqlite3',
    });
    expect(await dispatch('settings:get', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'storage-full', params: { file: '/data/chairside.sqlite3' } },
    });
  });
});
