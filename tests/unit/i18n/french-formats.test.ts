import { join, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ChartEntry } from '../../../shared/ipc/contract/chart';

// Days, times and numbers the screens write themselves, in each language: the chairside history's one-line
// summaries (37,9 °C and FC/PA/FR in French), a lab's day and time, and the audit log's instants.

// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
const { RESOURCES } = (await import(join(RENDERER, 'i18n/resources.ts'))) as { RESOURCES: Record<string, unknown> };
const { summarize } = (await import(join(RENDERER, 'features/chairside/summary.ts'))) as {
  summarize: (entry: ChartEntry, t: TFunction, lang: 'en' | 'fr') => string;
};
const { formatDayTime } = (await import(join(RENDERER, 'lib/dates.ts'))) as {
  formatDayTime: (iso: string, locale: string) => string;
};

async function translator(lng: 'en' | 'fr'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: 'en',
    resources: RESOURCES as never,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}

const entry = (kind: string, payload: Record<string, unknown>) => ({ kind, payload }) as unknown as ChartEntry;
const vitals = {
  temperatureC: 37.9,
  heartRate: 78,
  bpSystolic: 124,
  bpDiastolic: 78,
  respiratoryRate: 16,
  spo2: 98,
  pain: 1,
  weightKg: 72.4,
};

describe('the chairside history’s summaries', () => {
  it.each([
    ['en', 'T 37.9 °C · HR 78 · BP 124/78 · RR 16 · SpO2 98 % · 1/10'],
    ['fr', 'T 37,9 °C · FC 78 · PA 124/78 · FR 16 · SpO2 98 % · 1/10'],
  ] as const)('write an assessment’s vitals the %s way', async (lang, line) => {
    expect(summarize(entry('assessment', { vitals }), await translator(lang), lang)).toBe(line);
  });

  it.each([
    ['en', 'Fatigue · CTCAE v5.0 Grade 1 · 25 Nov 2026'],
    ['fr', 'Fatigue · CTCAE v5.0 Grade 1 · 25 nov. 2026'],
  ] as const)('write a side effect’s onset day the %s way', async (lang, line) => {
    const payload = { term: 'Fatigue', ctcaeVersion: '5.0', grade: 1, onsetDate: '2026-11-25' };
    expect(summarize(entry('irae', payload), await translator(lang), lang)).toBe(line);
  });
});

describe('formatDayTime', () => {
  it.each([
    ['2026-11-26T14:00', 'en', '26 Nov 2026 14:00'],
    ['2026-11-26T14:00', 'fr', '26 nov. 2026 14:00'],
    ['2026-11-26 08:05', 'fr', '26 nov. 2026 08:05'],
    ['2026-11-26', 'fr', '26 nov. 2026'],
  ])('writes %s in %s as “%s”', (iso, locale, text) => {
    expect(formatDayTime(iso, locale)).toBe(text);
  });
});
