import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { codedReason, type CodedReason } from '../../../shared/reasons/app-reasons';
import { codedReasonOf, reasonText as englishText } from '../../../electron/main/repositories/stated-reasons';
import { appI18n, rendererModule } from '../../support/app-i18n';

// The reasons the app writes itself when it holds, cancels or moves a dose: main stores the English sentence
// beside the code (for logs and the audit trail), the screens word the code in the reader's language with the
// day and numbers written the reader's way; a reason a person typed, or a row from before the codes, is shown
// exactly as stored.

const { reasonText } = await rendererModule<{
  reasonText: (text: string, coded: CodedReason | null) => string;
}>('lib/reason-text.ts');

const atChair: CodedReason = {
  code: 'held-at-chair',
  params: { note: 'Température 38,6 °C : le prescripteur suspend' },
};
/** One reason of every code, as main writes them. */
const EVERY: CodedReason[] = [
  { code: 'reaction-discontinue', params: { grade: 3, date: '2026-11-27' } },
  { code: 'side-effect-hold', params: { term: 'Diarrhea', grade: 2, onsetDate: '2026-11-27' } },
  { code: 'side-effect-discontinue', params: { term: 'Myocarditis', grade: 4, onsetDate: null } },
  atChair,
  { code: 'day-tightened', params: { before: 12, after: 9 } },
  { code: 'center-closed', params: { date: '2026-12-18', note: 'Water leak in the unit' } },
  { code: 'center-closed-hours', params: { date: '2026-12-19' } },
  { code: 'dose-held', params: { dose: 2, cause: 'Patient unwell' } },
  { code: 'dose-held-no-room', params: { dose: 3, cause: atChair } },
];

beforeAll(async () => {
  await appI18n();
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('reasons the app writes, in the reader’s language', () => {
  it('reads a French nurse the reaction hold in French, the day written the French way, the CTCAE term as published', async () => {
    await i18next.changeLanguage('fr');
    const reason = EVERY[0]!;
    expect(reasonText(englishText(reason), reason)).toBe(
      'Infusion related reaction (CTCAE v5.0) de grade 3 le 27 nov. 2026 : la monographie dit d’arrêter définitivement. Le prescripteur doit réévaluer avant toute nouvelle dose.',
    );
  });

  it('keeps the nurse’s own words exactly as typed inside the app’s words', async () => {
    await i18next.changeLanguage('fr');
    const shifted = EVERY[8]!;
    expect(reasonText(englishText(shifted), shifted)).toBe(
      'Dose 3 suspendue : Suspendue au fauteuil : Température 38,6 °C : le prescripteur suspend (pas de place à la nouvelle date)',
    );
    expect(reasonText('Patiente fatiguée, revoir lundi', null)).toBe('Patiente fatiguée, revoir lundi');
    // A row stored before the codes keeps showing its text.
    expect(reasonText('Grade 3 infusion-related reaction (CTCAE v5.0) on 2026-11-20', null)).toMatch(/^Grade 3/);
  });

  it('says a side effect signed without a grade or term in words, never "grade ?"', async () => {
    const ungraded: CodedReason = { code: 'side-effect-hold', params: { term: null, grade: null, onsetDate: null } };
    expect(englishText(ungraded)).toBe('Side effect no grade charted (CTCAE v5.0) charted with action Hold.');
    await i18next.changeLanguage('fr');
    const shown = reasonText(englishText(ungraded), ungraded);
    expect(shown).toBe('Effet indésirable, sans grade noté (CTCAE v5.0), noté avec la conduite « Suspension ».');
    expect(shown).not.toContain('?');
  });

  it.each(['en', 'fr'])('words every code in %s, every value filled in, no English sentence in French', async (lng) => {
    await i18next.changeLanguage(lng);
    for (const reason of EVERY) {
      const shown = reasonText(englishText(reason), reason);
      expect(shown, reason.code).not.toMatch(/\{\{|reasons\.|undefined|null/);
      if (lng === 'fr') expect(shown, reason.code).not.toBe(englishText(reason));
      else expect(shown, reason.code).toBe(englishText(reason).replace(/(\d{4})-(\d{2})-(\d{2})/g, (d) => dayEn(d)));
    }
  });

  it('stores the same English sentences as before the codes, with ISO days for the logs', () => {
    expect(EVERY.map(englishText)).toEqual([
      'Grade 3 infusion-related reaction (CTCAE v5.0) on 2026-11-27: the label says permanently discontinue. Prescriber to review before any further dose.',
      'Diarrhea grade 2 (CTCAE v5.0) charted with action Hold on 2026-11-27.',
      'Myocarditis grade 4 (CTCAE v5.0) charted with action Discontinue.',
      'Held at the chair: Température 38,6 °C : le prescripteur suspend',
      'Day tightened: infusion chairs in use at the busiest time 12 → 9',
      'Center closed on 2026-12-18: Water leak in the unit',
      'Center closed on 2026-12-19 (opening hours)',
      'Dose 2 held: Patient unwell',
      'Dose 3 held: Held at the chair: Température 38,6 °C : le prescripteur suspend (no room on the new date)',
    ]);
  });

  it('reads a stored code back only when this version knows it, else the text is shown', () => {
    for (const reason of EVERY) {
      expect(codedReasonOf(reason.code, JSON.stringify(reason.params))).toEqual(reason);
      expect(codedReason.parse(reason)).toEqual(reason);
    }
    expect(codedReasonOf(null, null)).toBeNull();
    expect(codedReasonOf('held-by-robot', '{"note":"x"}')).toBeNull();
    expect(codedReasonOf('dose-held', '{"dose":2}')).toBeNull();
    expect(codedReasonOf('held-at-chair', '{not json')).toBeNull();
  });
});

/** The English screen writes a day as "27 Nov 2026" (en-GB, day before month). */
function dayEn(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
