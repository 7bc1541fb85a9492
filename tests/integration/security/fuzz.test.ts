import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/channels';
import { openTestCore, type TestCore } from '../../support/core';

// Hostile payloads on every channel: lone surrogates anywhere (values, keys, deep inside), oversized arrays
// and strings, deep nesting. Every answer is a short, typed refusal and nothing is written; the audit
// chain still verifies afterwards. The figures are printed.

let t: TestCore;
beforeAll(async () => {
  t = await openTestCore();
});
afterAll(async () => {
  await t.close();
});

const surrogate = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF');
const broken = fc
  .tuple(fc.string({ maxLength: 20 }), surrogate, fc.string({ maxLength: 20 }))
  .map(([a, s, b]) => a + s + b);
const hostile = fc.oneof(
  fc.record({ id: broken }),
  fc.record({ patientId: broken, query: broken }),
  fc.dictionary(broken, fc.string({ maxLength: 5 }), { minKeys: 1, maxKeys: 3 }),
  fc.record({ payload: fc.record({ text: broken }), kind: fc.constant('test-note') }),
  fc.integer({ min: 10_001, max: 120_000 }).map((n) => ({ days: new Array<number>(n).fill(1) })),
  fc.integer({ min: 40, max: 200 }).map((depth) => {
    let deep: unknown = 'x';
    for (let i = 0; i < depth; i += 1) deep = { deep };
    return deep;
  }),
  fc.constant({ notes: 'x'.repeat(600_000) }),
);

it('refuses hostile payloads on every channel with a short typed answer, writing nothing', async () => {
  let payloads = 0;
  const codes: Record<string, number> = {};
  const before = t.core.store.totalChanges();
  let largest = 0;
  for (const channel of IPC_CHANNELS) {
    await fc.assert(
      fc.asyncProperty(hostile, async (payload) => {
        payloads += 1;
        const result = await t.core.dispatch(channel, payload);
        const size = JSON.stringify(result).length;
        largest = Math.max(largest, size);
        expect(result.ok, channel).toBe(false);
        if (result.ok) return;
        codes[result.error.code] = (codes[result.error.code] ?? 0) + 1;
        expect(['invalid', 'forbidden', 'not-found', 'conflict'], channel).toContain(result.error.code);
        expect(size, channel).toBeLessThan(8_000);
      }),
      { numRuns: 25, seed: 20261127 },
    );
  }
  expect(t.core.store.totalChanges()).toBe(before);
  console.log(
    `fuzz: ${payloads} hostile payloads over ${IPC_CHANNELS.length} channels, answers ${JSON.stringify(codes)}, largest answer ${largest} bytes, 0 rows written`,
  );
});
