import { describe, expect, it } from 'vitest';
import { renderHandoutHtml } from '../../../shared/handouts/render';
import { handoutLibrary, makeHandoutInput } from '../../support/handouts';

const render = (sheet: string, locale: 'en' | 'fr' = 'en') =>
  renderHandoutHtml(makeHandoutInput({ locale, sheets: [sheet] }));

/** The "Your medicine" part of the sheet. */
const medicinePart = (html: string) => {
  const start = html.indexOf('data-section="your-medicine"');
  return html.slice(start, html.indexOf('</section>', start));
};

describe('how each drug is given (values derived from the clinical library)', () => {
  it.each([
    [
      'pembrolizumab',
      'Pembrolizumab (Keytruda): the drip takes about 30 minutes.',
      'every 3 or 6 weeks',
      '30 min; 200 mg Q3W or 400 mg Q6W',
    ],
    [
      'nivolumab',
      'Nivolumab (Opdivo): the drip takes about 30 minutes.',
      'every 2 or 4 weeks',
      '30 min; 240 mg Q2W or 480 mg Q4W',
    ],
    [
      'cemiplimab',
      'Cemiplimab (Libtayo): the drip takes about 30 minutes.',
      // Derived from the library, which now has the adjuvant 700 mg every 6 weeks.
      'every 3 or 6 weeks',
      '30 min; 350 mg Q3W',
    ],
    [
      'dostarlimab',
      'Dostarlimab (Jemperli): the drip takes about 30 minutes.',
      'every 3 weeks for the first 4 (or the first 6 if you also have chemotherapy), then every 6 weeks',
      '500 mg Q3W ×4 (×6 with chemo), then 1,000 mg Q6W',
    ],
    [
      'retifanlimab',
      'Retifanlimab (Zynyz): the drip takes about 30 minutes.',
      'usually every 4 weeks.',
      '30 min; 500 mg Q4W',
    ],
    [
      'toripalimab',
      'Toripalimab (Loqtorzi): your first drip takes about 60 minutes. If it goes well, the next ones take about 30 minutes.',
      'every 2 or 3 weeks',
      '1st infusion ≥60 min; later 30 min if no IRR',
    ],
    [
      'tislelizumab',
      'Tislelizumab (Tevimbra): your first drip takes about 60 minutes.',
      'every 2, 3, or 4 weeks',
      '1st 60 min, later 30 min; Q2W/Q3W/Q4W',
    ],
    [
      'atezolizumab',
      'Atezolizumab (Tecentriq): your first drip takes about 60 minutes.',
      'every 2, 3, or 4 weeks',
      '1st 60 min, later 30 min; Q2W/Q3W/Q4W',
    ],
    [
      'durvalumab',
      'Durvalumab (Imfinzi): the drip takes about 60 minutes.',
      'every 2, 3, or 4 weeks',
      '60 min; Q2W, Q3W with chemo, Q4W',
    ],
    [
      'avelumab',
      'Avelumab (Bavencio): the drip takes about 60 minutes.',
      'usually every 2 weeks.',
      '60 min; 800 mg Q2W',
    ],
    [
      'ipilimumab',
      'Ipilimumab (Yervoy): your nurse will tell you how long the drip takes.',
      'for up to 4 treatments',
      'mono infusion time UNVERIFIED; max 4 doses',
    ],
    [
      'tremelimumab',
      'Tremelimumab (Imjudo): the drip takes about 60 minutes.',
      'one last time at week 16',
      '60 min; single dose (uHCC) or 5th dose at week 16 (NSCLC)',
    ],
    [
      'nivolumab-relatlimab',
      'Nivolumab and relatlimab (Opdualag): the drip takes about 30 minutes.',
      'usually every 4 weeks.',
      '30 min; Q4W',
    ],
  ])('%s', (sheet, infusion, schedule) => {
    const part = medicinePart(render(sheet));
    expect(part).toContain(infusion);
    expect(part).toContain(schedule);
  });

  it('gives avelumab’s premedication before the first 4 drips, and says nivolumab needs none', () => {
    expect(medicinePart(render('avelumab'))).toContain('Before each of your first 4 drips');
    expect(medicinePart(render('nivolumab'))).toContain('You do not need any medicine before the drip.');
    expect(medicinePart(render('pembrolizumab'))).not.toMatch(/medicine before the drip/);
  });

  it('gives a regimen’s medicines in order, each with its own time', () => {
    const part = medicinePart(render('nivolumab-ipilimumab'));
    expect(part).toContain('you receive nivolumab first, then ipilimumab, each in its own bag');
    expect(part).toContain(
      '<li>Nivolumab (Opdivo): the drip takes about 30 minutes.</li><li>Ipilimumab (Yervoy): the drip takes about 30 minutes.</li>',
    );
    expect(part).toContain('<li>Nivolumab (Opdivo): blocks PD-1.</li><li>Ipilimumab (Yervoy): blocks CTLA-4.</li>');
  });

  it('explains what each target is, once', () => {
    const part = medicinePart(render('nivolumab-relatlimab'));
    expect(part).toContain('Nivolumab and relatlimab (Opdualag): blocks PD-1 and LAG-3.');
    expect(part.match(/PD-1 is a checkpoint/g)).toHaveLength(1);
    expect(part).toContain('LAG-3 is one more brake');
  });

  it('uses French spellings and French number formatting in French', () => {
    const part = medicinePart(render('atezolizumab', 'fr'));
    expect(part).toContain('Atézolizumab (Tecentriq) : la première perfusion dure environ 60 minutes.');
    expect(part).toContain('toutes les 2, 3 ou 4 semaines');
    expect(render('nivolumab-ipilimumab', 'fr')).toContain(
      '<p class="subtitle">Nivolumab (Opdivo) et ipilimumab (Yervoy)</p>',
    );
  });

  it('titles every sheet with generic and brand names', () => {
    for (const drug of handoutLibrary().facts.checkpointDrugs) {
      expect(render(drug.id)).toMatch(new RegExp(`<p class="subtitle">[^<]+\\(${drug.brandName}\\)</p>`));
    }
  });

  it('tells the patient that side effects can start after the last dose, and about pregnancy and vaccines', () => {
    const html = render('pembrolizumab');
    expect(html).toContain('weeks or even months after your last dose');
    for (const id of ['pregnancy', 'vaccines-medicines', 'tests', 'common-side-effects', 'wallet-card']) {
      expect(html).toContain(`data-section="${id}"`);
    }
  });

  it('prints the sheet version, text version, review date and the draft notice', () => {
    const html = render('pembrolizumab');
    expect(html).toContain(
      'Sheet version 2025.11-1. Text version 0.1.0, checked against its sources on November 27, 2026.',
    );
    expect(html).toContain('Draft text: waiting for review by the clinical team.');
  });
});
