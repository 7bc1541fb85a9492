import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoutRenderInput } from '../../shared/handouts/input';
import {
  renderHandoutFooterTemplate,
  renderHandoutHtml,
  renderWalletCardHtml,
  resolvePaper,
} from '../../shared/handouts/render';
import type { HandoutLocale } from '../../shared/handouts/schema';
import { allSheetIds, makeHandoutInput, PATIENT_NAME, urgentItems } from '../support/handouts';
import {
  launchPdfBrowser,
  makeTempDir,
  normalizePdfText,
  openPdfRenderer,
  pdfPageSize,
  pdfToText,
  type PdfRenderer,
} from '../support/pdf';

// Real PDFs through Chromium's print path (what Electron's printToPDF uses), read back with pdftotext: the
// patient must find their name, their next dates and every call-right-away sign in the printed file.

const APPOINTMENTS: Record<HandoutLocale, string[]> = {
  en: ['Tuesday, December 9, 2025 at 14:30', 'Tuesday, December 30, 2025 at 09:15'],
  fr: ['mardi 9 décembre 2025 à 14:30', 'mardi 30 décembre 2025 à 09:15'],
};
const CAR_T_DATES: Record<HandoutLocale, string[]> = {
  en: ['Monday, December 1, 2025', 'Until Monday, December 8, 2025', 'Until Monday, December 15, 2025'],
  fr: ['Lundi 1 décembre 2025', "Jusqu'au lundi 8 décembre 2025", "Jusqu'au lundi 15 décembre 2025"],
};
const FIRST_PAGE: Record<HandoutLocale, RegExp> = { en: /Page 1 of (\d+)/, fr: /Page 1 sur (\d+)/ };
const PAPER_POINTS = { A4: { width: 595, height: 842 }, Letter: { width: 612, height: 792 } };

interface Printed {
  readonly input: HandoutRenderInput;
  readonly text: string;
  readonly size: { width: number; height: number; pages: number };
}

let browser: Browser;
let renderer: PdfRenderer;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
const printed = new Map<string, Printed>();

async function print(
  name: string,
  input: HandoutRenderInput,
  html = renderHandoutHtml(input),
  layout = true,
): Promise<Printed> {
  const pdf = await renderer.htmlToPdf(html, renderHandoutFooterTemplate(input), resolvePaper(input));
  const path = await temp.write(`${name}.pdf`, pdf);
  const [text, size] = await Promise.all([pdfToText(path, { layout }), pdfPageSize(path)]);
  return { input, text: normalizePdfText(text), size };
}

const cases = (['en', 'fr'] as const).flatMap((locale) =>
  allSheetIds().map((sheet) => ({ locale, sheet, key: `${locale}-${sheet}` })),
);

beforeAll(async () => {
  browser = await launchPdfBrowser();
  renderer = await openPdfRenderer(browser);
  temp = await makeTempDir('handouts-pdf-');
  // One page, one document at a time (page.setContent is not re-entrant); pdftotext runs alongside.
  for (const { locale, sheet, key } of cases) {
    const input = makeHandoutInput({
      locale,
      sheets: [sheet],
      includeWalletCard: sheet === 'car-t' || sheet === 'pembrolizumab',
    });
    printed.set(key, await print(key, input));
  }
}, 90_000);

afterAll(async () => {
  await renderer?.close();
  await browser?.close();
  await temp?.remove();
});

const get = (key: string): Printed => {
  const result = printed.get(key);
  if (!result) throw new Error(`no PDF for ${key}`);
  return result;
};

describe.each(cases)('printed PDF: $key', ({ locale, sheet, key }) => {
  it('shows the patient’s name (accents and apostrophe intact) on the sheet and in the footer of every page', () => {
    const { text, size } = get(key);
    const occurrences = text.split(PATIENT_NAME).length - 1;
    expect(occurrences).toBeGreaterThanOrEqual(size.pages + 1);
  });

  it('lists the next appointments in the patient’s language', () => {
    const { text } = get(key);
    for (const line of APPOINTMENTS[locale]) expect(text).toContain(line);
  });

  it('contains every call-right-away sign', () => {
    const { text } = get(key);
    const missing = urgentItems(locale, sheet).filter((item) => !text.includes(normalizePdfText(item)));
    expect(missing).toEqual([]);
  });

  it('numbers its pages and uses the locale’s paper', () => {
    const { text, size, input } = get(key);
    expect(Number(FIRST_PAGE[locale].exec(text)?.[1])).toBe(size.pages);
    const paper = PAPER_POINTS[resolvePaper(input)];
    expect(Math.round(size.width)).toBe(paper.width);
    expect(Math.round(size.height)).toBe(paper.height);
  });

  if (sheet === 'car-t') {
    it('prints the stay-near and no-driving dates computed from the infusion date', () => {
      const { text } = get(key);
      for (const date of CAR_T_DATES[locale]) expect(text).toContain(date);
    });
  }
});

describe('other printouts', () => {
  it('prints the wallet card on its own, with the patient, the drug and the 24-hour number', async () => {
    const input = makeHandoutInput({ sheets: ['durvalumab-tremelimumab'] });
    // Front and back sit side by side, so read the text in content order rather than by layout.
    const { text, size } = await print('wallet', input, renderWalletCardHtml(input), false);
    expect(size.pages).toBe(1);
    expect(text).toContain(PATIENT_NAME);
    expect(text).toContain('Durvalumab (Imfinzi) and tremelimumab (Imjudo)');
    expect(text).toContain('+33 1 23 45 67 89');
  });

  it.each(['en', 'fr'] as const)(
    'wraps a very long name instead of running off the page or out of the card (%s)',
    async (locale) => {
      const long = `${'Wolfeschlegelsteinhausenbergerdorff'.repeat(3)} Maximiliana-Alexandrina de la Cruz O'Sullivan`;
      const input = makeHandoutInput({
        locale,
        sheets: ['nivolumab-ipilimumab'],
        patient: { displayName: long },
        includeWalletCard: true,
      });
      const paper = resolvePaper(input);
      const page: Page = await browser.newPage();
      try {
        // The printable width of the paper with 16 mm side margins, in CSS pixels.
        const widthMm = (paper === 'A4' ? 210 : 215.9) - 32;
        await page.setViewportSize({ width: Math.floor((widthMm / 25.4) * 96), height: 1000 });
        await page.emulateMedia({ media: 'print' });
        await page.setContent(renderHandoutHtml(input));
        const overflowing = await page.evaluate(() => {
          const viewport = document.documentElement.clientWidth;
          const sheetElements = [...document.querySelectorAll('article.sheet *')];
          const wide = sheetElements
            .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
            .map((el) => el.className || el.tagName);
          const clippedCards = [...document.querySelectorAll('.card')]
            .filter((card) => card.scrollHeight > card.clientHeight)
            .map((card) => card.className);
          return [...wide, ...clippedCards];
        });
        expect(overflowing).toEqual([]);
      } finally {
        await page.close();
      }
      const { text } = await print(`long-name-${locale}`, input);
      expect(text.replace(/\s/g, '')).toContain(long.replace(/\s/g, ''));
    },
  );
});
