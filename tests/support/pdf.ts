import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { PaperSize } from '../../shared/handouts/format';
import { EMPTY_HEADER_TEMPLATE } from '../../shared/handouts/render';
import { chromiumArgs, chromiumPath } from '../harness/chromium';

// Real PDFs from handout HTML with the machine's Chromium (the same engine as Electron's printToPDF), and
// their text through poppler's pdftotext. One browser and one page are reused: launching is the slow part.

const run = promisify(execFile);

export interface PdfRenderer {
  htmlToPdf(html: string, footerTemplate: string, paper: PaperSize): Promise<Buffer>;
  close(): Promise<void>;
}

export async function launchPdfBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

async function printPage(page: Page, html: string, footerTemplate: string, paper: PaperSize): Promise<Buffer> {
  // A fresh document each time, as the app's fresh print window gives: setContent alone rewrites the same
  // document, whose first CSP (the print policy's style hash) would then block the next sheet's own style.
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'load' });
  return page.pdf({
    displayHeaderFooter: true,
    headerTemplate: EMPTY_HEADER_TEMPLATE,
    footerTemplate,
    preferCSSPageSize: true,
    // Only used if the document had no @page size; the handout always sets one.
    format: paper,
    printBackground: true,
  });
}

/** One browser and one page for many PDFs. */
export async function openPdfRenderer(browser?: Browser): Promise<PdfRenderer> {
  const owned = browser ?? (await launchPdfBrowser());
  const page = await owned.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  return {
    htmlToPdf: (html, footerTemplate, paper) => printPage(page, html, footerTemplate, paper),
    close: async () => {
      await page.close();
      if (!browser) await owned.close();
    },
  };
}

/** Convenience for a single document (launches and closes its own browser). */
export async function htmlToPdf(html: string, footerTemplate: string, paper: PaperSize): Promise<Buffer> {
  const renderer = await openPdfRenderer();
  try {
    return await renderer.htmlToPdf(html, footerTemplate, paper);
  } finally {
    await renderer.close();
  }
}

/**
 * `pdftotext -layout` of a PDF file (what a reader sees, line by line). `layout: false` gives the content
 * stream order instead, for side-by-side layouts such as the wallet card's front and back.
 */
export async function pdfToText(pdfPath: string, { layout = true } = {}): Promise<string> {
  const args = [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdfPath, '-'];
  const { stdout } = await run('pdftotext', args, { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Page size in points of the first page, from `pdfinfo`. */
export async function pdfPageSize(pdfPath: string): Promise<{ width: number; height: number; pages: number }> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
  const pages = /Pages:\s+(\d+)/.exec(stdout);
  if (!size || !pages) throw new Error(`pdfinfo gave no page size:\n${stdout}`);
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(pages[1]) };
}

/**
 * Text as a reader sees it: ligatures split (NFKC), curly and straight apostrophes the same, no-break and
 * narrow spaces as spaces, and every run of whitespace (line wraps) as one space.
 */
export function normalizePdfText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function makeTempDir(
  prefix: string,
): Promise<{ dir: string; write(name: string, data: Buffer): Promise<string>; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return {
    dir,
    write: async (name, data) => {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
