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
        throw conflict('Signed entries cannot be changed.');
      },
    });
    expect(await dispatch('settings:get', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'centerName: taken', issues: [{ path: 'centerName', message: 'taken' }] },
    });
    expect(await dispatch('audit:list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
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
