import { describe, expect, it } from 'vitest';
import { formatUnverifiedReport, unverifiedItems } from '../../../shared/clinical';
import { library } from './library';

// npm run library:unverified: every UNVERIFIED fact, each with what would confirm it.
describe('the UNVERIFIED worklist', () => {
  const items = unverifiedItems(library);

  it('lists every UNVERIFIED entry of every record once', () => {
    const count = [...library.drugs, ...library.regimens, ...library.carTProducts, ...library.ctcaeGrades].reduce(
      (n, r) => n + r.unverified.length,
      0,
    );
    expect(items).toHaveLength(count);
    expect(items.every((i) => /^Confirm\b/i.test(i.confirm))).toBe(true);
  });

  it('names the file, the record and the field, with the sentence split from what would confirm it', () => {
    expect(items).toContainEqual({
      file: 'car-t-products.json',
      recordId: 'obecabtagene-autoleucel',
      recordName: 'obecabtagene autoleucel (Aucatzyl)',
      path: 'additionalInfusions.0.holdRules.2',
      issue: "the ICANS rows of the label's dose-modification table were not read.",
      confirm: 'Confirm: Aucatzyl PI Table 2.',
    });
  });

  it('prints a heading with the count, then file, record, field and confirmation lines', () => {
    const text = formatUnverifiedReport(library);
    expect(text.split('\n')[0]).toBe(
      `Chairside clinical library ${library.manifest.libraryVersion} (${library.manifest.date}): ${items.length} facts UNVERIFIED.`,
    );
    expect(text).toContain('\ncar-t-products.json\n');
    expect(text).toContain('  obecabtagene autoleucel (Aucatzyl) [obecabtagene-autoleucel]\n');
    expect(text).toContain(
      '    lymphodepletion: the regimen is believed, and its days relative to Day 1 were not read.\n      → Confirm: Aucatzyl PI section 2 (lymphodepleting chemotherapy).',
    );
  });
});
