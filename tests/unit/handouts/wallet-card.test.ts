import { describe, expect, it } from 'vitest';
import { renderHandoutHtml, renderWalletCardHtml } from '../../../shared/handouts/render';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM } from '../../../shared/handouts/wallet-card';
import { asHtmlText, handoutLibrary, makeHandoutInput, PATIENT_NAME } from '../../support/handouts';

describe('renderWalletCardHtml', () => {
  it('is a standalone document with a credit-card-size front and back and cut marks', () => {
    const html = renderWalletCardHtml(makeHandoutInput());
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect([CARD_WIDTH_MM, CARD_HEIGHT_MM]).toEqual([85.6, 54]);
    expect(html).toContain('.card { box-sizing: border-box; width: 85.6mm; height: 54mm;');
    expect(html).toContain('<div class="card front">');
    expect(html).toContain('<div class="card back">');
    expect(html.match(/<span class="mark /g)).toHaveLength(10); // 4 corners × 2 + 2 fold marks
    expect(html).not.toMatch(/<script|\sstyle="/);
  });

  it('carries the name, the treatment, the 24-hour number, the warning signs and a note for clinicians', () => {
    const html = renderWalletCardHtml(makeHandoutInput({ sheets: ['nivolumab-ipilimumab'] }));
    const { walletCard } = handoutLibrary().locales.en.checkpointClass;
    expect(html).toContain(asHtmlText(PATIENT_NAME));
    expect(html).toContain(
      'Receiving immunotherapy:<br><span class="card-drug">Nivolumab (Opdivo) and ipilimumab (Yervoy)</span>',
    );
    expect(html).toContain('+33 1 23 45 67 89');
    for (const sign of walletCard.keySigns) expect(html).toContain(`<li>${asHtmlText(sign)}</li>`);
    expect(html).toContain('For doctors, nurses and pharmacists');
    expect(html).toContain('Immune-related side effects can affect any organ');
  });

  it('names the CAR T product and its infusion date, in French too', () => {
    const input = makeHandoutInput({
      locale: 'fr',
      sheets: ['car-t'],
      carT: { productId: 'ciltacabtagene-autoleucel', infusionDate: '2025-12-01' },
    });
    const html = renderWalletCardHtml(input);
    expect(html).toContain(
      'A reçu un traitement par cellules CAR-T :<br><span class="card-drug">Ciltacabtagène autoleucel (Carvykti)</span>',
    );
    expect(html).toContain('Date de la perfusion : 1 décembre 2025');
    expect(html).toContain('Les tests d’acide nucléique du VIH peuvent être faussement positifs.');
  });

  it('shrinks very long names so they wrap inside the card', () => {
    const html = renderWalletCardHtml(
      makeHandoutInput({ patient: { displayName: 'Maximiliana Wolfeschlegelsteinhausenbergerdorff-Papadopoulou' } }),
    );
    expect(html).toContain('<p class="card-name long">');
    expect(html).toMatch(/\.card \{[^}]*overflow-wrap: anywhere/);
  });

  it('escapes what it prints', () => {
    const html = renderWalletCardHtml(makeHandoutInput({ patient: { displayName: '<script>x</script>' } }));
    expect(html).not.toContain('<script');
  });
});

describe('the wallet card inside the sheet PDF', () => {
  it('is appended on its own page when asked for, and only then', () => {
    expect(renderHandoutHtml(makeHandoutInput({ includeWalletCard: true }))).toContain('<section class="wallet-page"');
    expect(renderHandoutHtml(makeHandoutInput())).not.toContain('<section class="wallet-page"');
  });
});
