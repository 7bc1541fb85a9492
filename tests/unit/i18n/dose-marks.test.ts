import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clinicalFrench } from '../../../shared/clinical/french';
import type { ChartEntry } from '../../../shared/ipc/contract/chart';
import { appI18n, rendererModule } from '../../support/app-i18n';

// Doses on a French screen carry the French marks: a comma is a decimal mark there, so the English "1,500 mg"
// reads as one and a half milligrams. Main sends each dose's mg beside its English; the screen writes it.

type Dose = { doseMg: number | null; doseText: string };
const { drugDoseText, drugsText } = await rendererModule<{
  drugDoseText: (item: Dose) => string;
  drugsText: (drugs: readonly (Dose & { name: string })[]) => string;
}>('lib/doses.ts');
const { summarize } = await rendererModule<{
  summarize: (entry: ChartEntry, t: typeof i18next.t, lang: 'en' | 'fr') => string;
}>('features/chairside/summary.ts');

const DURVALUMAB = { name: 'Durvalumab', doseMg: 1500, doseText: '1,500 mg' };
const IPILIMUMAB = { name: 'Ipilimumab', doseMg: 72.4, doseText: '72.4 mg' };
// Kymriah's label dose for adults (resources/clinical/car-t-products.json): words, not an mg amount.
const KYMRIAH = { doseMg: null, doseText: '0.6–6.0×10⁸ CAR-positive viable T cells' };

beforeAll(() => appI18n());
afterEach(() => i18next.changeLanguage('en'));

describe('a dose the reader’s way', () => {
  it('writes a visit’s drugs with the English marks in English', () => {
    expect(drugsText([DURVALUMAB, IPILIMUMAB])).toBe('Durvalumab 1,500 mg + Ipilimumab 72.4 mg');
  });

  it('writes them with the French marks in French, never a comma before three digits', async () => {
    await i18next.changeLanguage('fr');
    const text = drugsText([DURVALUMAB, IPILIMUMAB]);
    expect(text).toBe('Durvalumab 1\u202f500 mg + Ipilimumab 72,4 mg');
    expect(text).not.toMatch(/\d,\d{3}\b/);
  });

  it('shows a label dose without mg as the label words, in French from the library’s French', async () => {
    expect(drugDoseText(KYMRIAH)).toBe(KYMRIAH.doseText);
    await i18next.changeLanguage('fr');
    const french = clinicalFrench(KYMRIAH.doseText);
    expect(french).toMatch(/^0,6–6,0×10⁸ /);
    expect(drugDoseText(KYMRIAH)).toBe(french);
  });

  it('writes a signed administration’s own mg the reader’s way, and its recorded words when it has no mg', async () => {
    const entry = (payload: Record<string, unknown>) =>
      ({
        kind: 'administration',
        payload: { drugName: 'Durvalumab', route: 'IV', ...payload },
      }) as unknown as ChartEntry;
    const signed = entry({ doseMg: 1500, doseText: '1,500 mg', startTime: '10:00', stopTime: '11:00' });
    expect(summarize(signed, i18next.t, 'en')).toMatch(/^Durvalumab 1,500 mg · 10:00–11:00/);
    await i18next.changeLanguage('fr');
    expect(summarize(signed, i18next.t, 'fr')).toMatch(/^Durvalumab 1\u202f500 mg · 10:00–11:00/);
    const cells = entry({ doseMg: null, doseText: 'label dose', startTime: '10:00', stopTime: '10:05' });
    expect(summarize(cells, i18next.t, 'fr')).toMatch(/^Durvalumab label dose ·/);
  });
});
