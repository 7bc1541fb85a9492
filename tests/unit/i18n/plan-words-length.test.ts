import { join, resolve } from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { carTCalendar, regimenLength, type RegimenLength } from '../../../shared/clinical';
import type { PlanItem } from '../../../shared/ipc/contract/plans';
import { carTDoses } from '../../../electron/main/services/plans/plan-builder';
import { carTProduct, regimen } from '../clinical/library';

// The plan form's length line and a CAR T plan's visits, in the reader's language: main sends the library's
// phases and coded steps, the screen words them and shows the library's texts through fr.json.

const RENDERER = resolve(import.meta.dirname, '../../../renderer/src');
// Loaded by path at run time: the renderer's files are not part of the tests' TypeScript project.
const { en } = (await import(join(RENDERER, 'i18n/en.ts'))) as { en: Record<string, unknown> };
const { fr } = (await import(join(RENDERER, 'i18n/fr.ts'))) as { fr: Record<string, unknown> };
const { regimenLengthText, basisText } = (await import(join(RENDERER, 'features/schedule/plans/plan-words.ts'))) as {
  regimenLengthText: (length: RegimenLength) => string;
  basisText: (item: Pick<PlanItem, 'basis' | 'basisSteps'>) => string;
};

const lengthOf = (id: string) => regimenLengthText(regimenLength(regimen(id)));
const french = () => i18next.changeLanguage('fr');
// Words a French line would only hold if some English were left ("dose" and "doses" are French too).
const ENGLISH_WORDS =
  /\b(the|and|every|weeks|months|years|then|until|ordered|label|before|giving|day|after|with|alone)\b/i;

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('a regimen’s length on the plan form', () => {
  it('says the combination doses, then the phase ordered as its own plan, in English and in French', async () => {
    // Opdivo PI: nivolumab + ipilimumab every 3 weeks for 4 doses, then nivolumab alone.
    expect(lengthOf('nivolumab-ipilimumab-melanoma')).toBe(
      'Nivolumab + ipilimumab: 4 doses → then Nivolumab alone (240 mg every 2 weeks or 480 mg every 4 weeks) (ordered as its own plan)',
    );
    await french();
    expect(lengthOf('nivolumab-ipilimumab-melanoma')).toBe(
      'Nivolumab + ipilimumab : 4 doses → puis Nivolumab seul (240 mg toutes les 2 semaines ou 480 mg toutes les 4 semaines) (prescrit comme un plan distinct)',
    );
  });

  it('says a dose count with its duration, a duration alone, and an open-ended regimen', async () => {
    // Yervoy: "maximum of 4 doses", all within 16 weeks; Opdualag runs until progression.
    expect(lengthOf('ipilimumab-melanoma-monotherapy')).toBe('Ipilimumab: 4 doses, all within 16 weeks');
    expect(lengthOf('nivolumab-360-q3w-ipilimumab-q6w')).toBe(
      'Nivolumab, with ipilimumab every 6 weeks: up to 2 years',
    );
    expect(lengthOf('nivolumab-relatlimab-q4w')).toBe('Opdualag: until progression or toxicity');
    await french();
    expect(lengthOf('ipilimumab-melanoma-monotherapy')).toBe('Ipilimumab : 4 doses, toutes dans les 16 semaines');
    expect(lengthOf('nivolumab-360-q3w-ipilimumab-q6w')).toBe(
      'Nivolumab, avec ipilimumab toutes les 6 semaines : jusqu’à 2 ans',
    );
    expect(lengthOf('nivolumab-relatlimab-q4w')).toBe('Opdualag : jusqu’à progression ou toxicité');
  });

  it('uses the singular for one dose in both languages', async () => {
    const one: RegimenLength = { phases: [{ label: 'Ipilimumab', doses: 1, maxDuration: null }], nextPhaseLabel: null };
    expect(regimenLengthText(one)).toBe('Ipilimumab: 1 dose');
    await french();
    expect(regimenLengthText(one)).toBe('Ipilimumab : 1 dose');
  });

  it('leaves no English sentence on a French plan form for any regimen of the library', async () => {
    await french();
    const { library } = await import('../clinical/library');
    const english = library.regimens.map((r) => lengthOf(r.id)).filter((line) => ENGLISH_WORDS.test(line));
    expect(english).toEqual([]);
  });
});

describe('a CAR T plan’s visits, worked out in the reader’s language', () => {
  // Kymriah PI: lymphodepletion numbered from its start, infusion 2–14 days after its end (here 3).
  const kymriah = carTProduct('tisagenlecleucel');
  const kymriahVisits = carTDoses(
    kymriah,
    carTCalendar(kymriah, 'lbcl', '2026-12-14', { ldRegimenId: 'lymphoma-flu-cy', daysAfterLdCompletion: 3 }),
  );
  // Aucatzyl PI: a split dose, the second on label Day 10 with its hold rules.
  const aucatzyl = carTProduct('obecabtagene-autoleucel');
  const aucatzylVisits = carTDoses(aucatzyl, carTCalendar(aucatzyl, 'b-all', '2026-12-10'));

  it('names the lymphodepletion day and the label dose of the cells', async () => {
    const ld = kymriahVisits.find((v) => v.kind === 'lymphodepletion')!.items[0]!;
    const cells = kymriahVisits.find((v) => v.kind === 'car-t-infusion')!.items[0]!;
    expect(basisText(ld)).toBe(ld.basis);
    expect(basisText(ld)).toBe('Lymphodepletion, day -6');
    expect(basisText(cells)).toBe(cells.basis);
    await french();
    expect(basisText(ld)).toBe('Lymphodéplétion, jour -6');
    expect(basisText(cells)).toBe(
      'Dose de la monographie pour : Lymphome B à grandes cellules en rechute ou réfractaire après 2 lignes ou plus de traitement systémique',
    );
  });

  it('gives the second split dose and the label’s hold rules, and keeps the English for logs', async () => {
    const second = aucatzylVisits.find((v) => v.kind === 'car-t-additional')!.items[0]!;
    expect(second.basisSteps?.map((s) => s.step)).toEqual(['additional-infusion', 'hold-rules']);
    expect(basisText(second)).toBe(second.basis);
    await french();
    const text = basisText(second);
    expect(text).toMatch(/^Deuxième dose fractionnée \(jour 10 de l’étiquette\) : Jour 10 de l’étiquette/);
    expect(text).toContain('. Avant de l’administrer : SRC de grade 2 après la première dose');
    expect(text).not.toMatch(ENGLISH_WORDS);
  });

  it('shows the English of a CAR T item stored before the steps, as stored', async () => {
    await french();
    expect(basisText({ basis: 'Lymphodepletion, day -4' })).toBe('Lymphodepletion, day -4');
  });
});
