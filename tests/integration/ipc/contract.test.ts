import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';
import { ipcContract } from '../../../shared/ipc/contract';
import { openTestCore, type TestCore } from '../../support/core';

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
});
afterAll(async () => {
  await t.close();
});

describe('the IPC contract', () => {
  it('defines exactly the listed channels, each named domain:verb', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort());
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+(-[a-z]+)*:[a-z]+(-[a-z]+)*$/);
  });

  it('has exactly one handler per channel and no handler without a channel', () => {
    expect([...t.core.handledChannels].sort()).toEqual([...IPC_CHANNELS].sort());
  });

  it('answers an unknown channel with not-found', async () => {
    const result = await t.core.dispatch('patients:drop-all', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('malformed and hostile input', () => {
  const hostile = fc.oneof(
    fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: false }),
    fc.constantFrom<unknown>(
      null,
      undefined,
      '',
      'x'.repeat(100_000),
      { __proto__: { polluted: true } },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { limit: -1 },
      { language: 'de' },
      { centerPhone24h: '<script>alert(1)</script>' },
      [],
      42,
    ),
  );

  for (const channel of IPC_CHANNELS) {
    it(`${channel}: always answers invalid, with field paths, and writes nothing`, async () => {
      const schema = ipcContract[channel].input;
      await fc.assert(
        fc.asyncProperty(
          hostile.filter((value) => !schema.safeParse(value).success),
          async (payload) => {
            const before = t.core.store.totalChanges();
            const result = await t.core.dispatch(channel, payload);
            expect(result.ok).toBe(false);
            if (result.ok) return;
            expect(result.error.code).toBe('invalid');
            expect(result.error.issues.length).toBeGreaterThan(0);
            expect(result.error.message).not.toMatch(/\bat .*\.(ts|js):\d+/);
            expect(t.core.store.totalChanges()).toBe(before);
          },
        ),
        { numRuns: 60 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});
