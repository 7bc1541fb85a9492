import type { Browser, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPolicy, withPrintPolicy, withTitle } from '../../../electron/main/handouts/print-csp';
import { renderHandoutHtml } from '../../../shared/handouts/render';
import { makeHandoutInput } from '../../support/handouts';
import { launchPdfBrowser } from '../../support/pdf';

// The hidden print window's own CSP, checked in real Chromium: the sheet's single <style> applies, and
// anything else (another style, a script, a remote image) is refused.

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchPdfBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** Loads the document and answers the CSP refusals Chromium reported for it (one console error each). */
async function load(html: string): Promise<string[]> {
  const refusals: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refusals.push(message.text());
  };
  page.on('console', onConsole);
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForTimeout(100);
  } finally {
    page.off('console', onConsole);
  }
  return refusals;
}

describe('the printed document’s CSP', () => {
  const sheet = renderHandoutHtml(makeHandoutInput());

  it('allows exactly the sheet’s own style element, by hash, and nothing else', () => {
    const policy = printPolicy(sheet);
    expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]{44}'; img-src data:/);
    expect(policy).not.toMatch(/unsafe-inline|script-src/);
    const html = withPrintPolicy(sheet);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('keeps the sheet styled (14 pt body) with no violation', async () => {
    expect(await load(withPrintPolicy(sheet))).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18.6667px');
  });

  it('refuses a style, a script or a remote image that is not part of the sheet', async () => {
    const tampered = withPrintPolicy(sheet).replace(
      '</body>',
      '<style>body{font-size:40px}</style><script>document.title="ran"</script><img src="http://127.0.0.1:9/x.png"></body>',
    );
    const refusals = await load(tampered);
    const refused = (pattern: RegExp) => refusals.some((text) => pattern.test(text));
    expect(refused(/Applying inline style violates/)).toBe(true);
    expect(refused(/Executing inline script violates/)).toBe(true);
    expect(refused(/Loading the image 'http:\/\/127\.0\.0\.1:9\/x\.png' violates/)).toBe(true);
    expect(await page.evaluate(() => document.title)).not.toBe('ran');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18.6667px');
  });

  it('retitles the document for the print queue, escaping the title', () => {
    expect(withTitle(sheet, 'Sheet <1>')).toContain('<title>Sheet &#60;1&#62;</title>');
    expect(withTitle(sheet, 'x')).not.toContain("O'Brien");
  });
});
