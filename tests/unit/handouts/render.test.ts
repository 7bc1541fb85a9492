import { describe, expect, it } from 'vitest';
import { HandoutInputError } from '../../../shared/handouts/input';
import { renderHandoutFooterTemplate, renderHandoutHtml, resolvePaper } from '../../../shared/handouts/render';
import type { HandoutLocale } from '../../../shared/handouts/schema';
import { allSheetIds, asHtmlText, makeHandoutInput, PATIENT_NAME, urgentItems } from '../../support/handouts';

const LOCALES: HandoutLocale[] = ['en', 'fr'];

describe('renderHandoutHtml: a standalone, inert document', () => {
  it('is a complete HTML document with inline CSS and no script, link or external resource', () => {
    const html = renderHandoutHtml(makeHandoutInput({ includeWalletCard: true }));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<style>[\s\S]*@page/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import|javascript:/i);
    expect(html).not.toMatch(/\son[a-z]+=/i); // no event handler attributes
    expect(html).not.toMatch(/\sstyle="/); // only the <style> element, for a style-src CSP
  });

  it('prints hostile text inert: tags, quotes and ampersands are escaped everywhere', () => {
    const evil = `<script>alert("x")</script> O'Neil & <b>Co</b>`;
    const html = renderHandoutHtml(
      makeHandoutInput({
        patient: { displayName: evil },
        regimenName: evil,
        center: { name: evil, phone24h: '<img src=x onerror=alert(1)>' },
        sheetVersion: '"><script>',
        includeWalletCard: true,
      }),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Co</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Neil &amp; &lt;b&gt;Co&lt;/b&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps accents and apostrophes in the patient name', () => {
    const html = renderHandoutHtml(makeHandoutInput());
    expect(html).toContain(asHtmlText(PATIENT_NAME));
    expect(html).toContain('Éloïse O&#39;Brien-Lefèvre');
  });

  it('lets very long names wrap instead of overflowing the page', () => {
    const html = renderHandoutHtml(makeHandoutInput({ patient: { displayName: 'A'.repeat(250) } }));
    expect(html).toMatch(/body \{[^}]*overflow-wrap: anywhere/);
    expect(html).toContain('A'.repeat(250));
  });

  it('is always black on white in a light scheme, whatever the system theme', () => {
    const html = renderHandoutHtml(makeHandoutInput());
    expect(html).toContain('<meta name="color-scheme" content="light only">');
    expect(html).toMatch(/html, body \{ background: #fff; color: #000; \}/);
  });

  it('never sets sheet text below 12 pt and uses 14 pt for the body', () => {
    const html = renderHandoutHtml(makeHandoutInput());
    const sheetCss = html.slice(html.indexOf('<style>'), html.indexOf('.wallet-hint'));
    expect(sheetCss).toMatch(/body \{[^}]*font-size: 14pt/);
    const sizes = [...sheetCss.matchAll(/font-size: ([\d.]+)pt/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('marks warnings with an icon, a heading and a border, not with colour', () => {
    const html = renderHandoutHtml(makeHandoutInput());
    const urgent =
      /<section class="boxed urgent new-page" data-section="call-right-away"><h2><svg[^>]*aria-hidden="true"[\s\S]*?<\/svg><span>Call right away/;
    expect(html).toMatch(urgent);
    expect(html).toMatch(/<section class="boxed warning" data-section="after-last-dose"><h2><svg/);
    expect(html).toMatch(/\.boxed \{ border: 2pt solid #000;/);
    expect(html).not.toMatch(/color: (?!#000|#fff)/); // no coloured text anywhere
  });

  it('shows the 24-hour number large, near the top and again in the call-right-away list', () => {
    const html = renderHandoutHtml(makeHandoutInput());
    expect(html).toContain('<p class="phone-number">+33 1 23 45 67 89</p>');
    expect(html).toMatch(/\.phone-number \{ font-size: 30pt;/);
    expect(html.indexOf('phone-number')).toBeLessThan(html.indexOf('data-section="call-right-away"'));
    expect(html).toContain('Call <span class="nowrap">+33 1 23 45 67 89</span> now, day or night.');
  });
});

describe('appointments', () => {
  it.each([
    ['en', ['Tuesday, December 9, 2025 at 14:30', 'Tuesday, December 30, 2025 at 09:15']],
    ['fr', ['mardi 9 décembre 2025 à 14:30', 'mardi 30 décembre 2025 à 09:15']],
  ] as const)('formats dates and 24-hour times in the patient’s language (%s)', (locale, expected) => {
    const html = renderHandoutHtml(makeHandoutInput({ locale }));
    for (const line of expected) expect(html).toContain(`<li>${line}</li>`);
    expect(html).not.toMatch(/\b[AP]M\b/);
  });

  it('shows each appointment in its own time zone', () => {
    const html = renderHandoutHtml(
      makeHandoutInput({ nextAppointments: [{ start: '2025-12-09T13:30:00Z', timeZone: 'America/Montreal' }] }),
    );
    expect(html).toContain('<li>Tuesday, December 9, 2025 at 08:30</li>');
  });

  it.each([
    ['en', 'Your team will call you with your next date.'],
    ['fr', 'Votre équipe vous appellera pour vous donner votre prochain rendez-vous.'],
  ] as const)('says the team will call when there is no next date (%s)', (locale, wording) => {
    const html = renderHandoutHtml(makeHandoutInput({ locale, nextAppointments: [] }));
    expect(html).toContain(`<p class="no-appointments">${asHtmlText(wording)}</p>`);
    expect(html).not.toContain('class="appointments"');
  });

  it('refuses more than three appointments', () => {
    const start = { start: '2025-12-09T13:30:00Z' };
    expect(() => renderHandoutHtml(makeHandoutInput({ nextAppointments: [start, start, start, start] }))).toThrow(
      HandoutInputError,
    );
  });
});

describe('paper size', () => {
  it.each([
    // Without a paper named, Letter whatever the language: the app passes the center's setting.
    ['fr', undefined, 'Letter', '@page { size: letter portrait;'],
    ['en', undefined, 'Letter', '@page { size: letter portrait;'],
    ['fr', 'Letter', 'Letter', '@page { size: letter portrait;'],
    ['en', 'A4', 'A4', '@page { size: A4 portrait;'],
  ] as const)('%s with paper %s prints on %s', (locale, paper, expected, css) => {
    const input = makeHandoutInput({ locale, ...(paper ? { paper } : {}) });
    expect(resolvePaper(input)).toBe(expected);
    expect(renderHandoutHtml(input)).toContain(css);
  });
});

describe('every sheet in both languages', () => {
  const cases = LOCALES.flatMap((locale) => allSheetIds().map((sheet) => [locale, sheet] as const));

  it.each(cases)('%s / %s renders the whole call-right-away list', (locale, sheet) => {
    const html = renderHandoutHtml(makeHandoutInput({ locale, sheets: [sheet] }));
    const items = urgentItems(locale, sheet);
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(html).toContain(`<li>${asHtmlText(item)}</li>`);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(asHtmlText(PATIENT_NAME));
  });

  it('prints several sheets one after the other, each from a new page', () => {
    const html = renderHandoutHtml(makeHandoutInput({ sheets: ['nivolumab', 'car-t'] }));
    expect(html.match(/<article class="sheet"/g)).toHaveLength(2);
    expect(html).toContain('.sheet + .sheet, .wallet-page { break-before: page; }');
  });
});

describe('input checks', () => {
  it('refuses an unknown sheet id', () => {
    expect(() => renderHandoutHtml(makeHandoutInput({ sheets: ['pembrolizumab-typo'] }))).toThrow(
      /unknown sheet id "pembrolizumab-typo"/,
    );
  });

  it('refuses the CAR T sheet without a product and infusion date', () => {
    const { carT: _carT, ...input } = makeHandoutInput({ sheets: ['car-t'] });
    expect(() => renderHandoutHtml(input)).toThrow(/carT: required/);
  });

  it('refuses an unknown CAR T product and an impossible infusion date', () => {
    expect(() =>
      renderHandoutHtml(makeHandoutInput({ sheets: ['car-t'], carT: { productId: 'x', infusionDate: '2025-12-01' } })),
    ).toThrow(/unknown CAR T product/);
    expect(() =>
      renderHandoutHtml(
        makeHandoutInput({ sheets: ['car-t'], carT: { productId: 'tisagenlecleucel', infusionDate: '2025-02-30' } }),
      ),
    ).toThrow(HandoutInputError);
  });

  it('refuses an unknown time zone', () => {
    expect(() => renderHandoutHtml(makeHandoutInput({ timeZone: 'Mars/Olympus' }))).toThrow(/IANA time zone/);
  });
});

describe('renderHandoutFooterTemplate', () => {
  it.each([
    ['en', 'Printed November 27, 2025', 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'],
    ['fr', 'Imprimé le 27 novembre 2025', 'Page <span class="pageNumber"></span> sur <span class="totalPages"></span>'],
  ] as const)('shows the name, the print date and "page x of y" (%s)', (locale, printed, pages) => {
    const footer = renderHandoutFooterTemplate(makeHandoutInput({ locale }));
    expect(footer).toContain(asHtmlText(PATIENT_NAME));
    expect(footer).toContain(printed);
    expect(footer).toContain(pages);
    expect(footer).toMatch(/font-size:12pt/);
    expect(footer).toMatch(/overflow-wrap:anywhere/);
  });

  it('escapes the name so it cannot inject Chromium’s page-number spans or markup', () => {
    const name = '<span class="pageNumber"></span><script>x</script>';
    const footer = renderHandoutFooterTemplate(makeHandoutInput({ patient: { displayName: name } }));
    expect(footer.match(/<span class="pageNumber">/g)).toHaveLength(1);
    expect(footer).not.toContain('<script');
  });

  it('dates the print in the request’s time zone', () => {
    const input = makeHandoutInput({ printedAt: '2025-11-27T23:30:00Z', timeZone: 'Europe/Paris' });
    expect(renderHandoutFooterTemplate(input)).toContain('Printed November 28, 2025');
  });
});
