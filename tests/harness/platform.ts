import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { Platform, PdfLayout } from '../../electron/main/core/platform';
import { withPrintPolicy, withTitle } from '../../electron/main/handouts/print-csp';
import { launchPdfBrowser, openPdfRenderer, type PdfRenderer } from '../support/pdf';

// The core's platform in the browser harness and in integration tests: Playwright's Chromium renders the PDF
// the way Electron's printToPDF does (same engine, same options, same document CSP). There is no print
// dialog here, so "print" renders the PDF, keeps it for the test and reports it printed; the save dialog
// answers a file in a temporary folder the test can read.

export interface PrintedDocument {
  title: string;
  footerText: string;
  pdf: Uint8Array;
}

export interface ChromiumPlatform extends Platform {
  /** Every document "printed", oldest first. */
  readonly printed: PrintedDocument[];
  /** Where saved files go. */
  readonly saveDir: string;
  /** Makes the next print or save dialog answer as if the nurse pressed Cancel. */
  cancelNext(dialog: 'print' | 'save'): void;
  close(): Promise<void>;
}

export interface ChromiumPlatformOptions {
  /** Reuse a browser; one is launched on first use (and closed with the platform) otherwise. */
  browser?: Browser;
}

export function createChromiumPlatform(options: ChromiumPlatformOptions = {}): ChromiumPlatform {
  let renderer: Promise<{ renderer: PdfRenderer; owned: Browser | null }> | null = null;
  // One page renders one document at a time (setContent is not re-entrant): calls queue up.
  let queue: Promise<unknown> = Promise.resolve();
  const cancelled = new Set<'print' | 'save'>();
  const printed: PrintedDocument[] = [];
  const saveDir = mkdtempSync(join(tmpdir(), 'chairside-saved-'));

  function open() {
    renderer ??= (async () => {
      const owned = options.browser ? null : await launchPdfBrowser();
      return { renderer: await openPdfRenderer(options.browser ?? owned!), owned };
    })();
    return renderer;
  }

  function renderPdf(html: string, layout: PdfLayout): Promise<Uint8Array> {
    const job = queue.then(async () => {
      const { renderer: r } = await open();
      return new Uint8Array(await r.htmlToPdf(withPrintPolicy(html), layout.footerTemplate, layout.paper));
    });
    queue = job.catch(() => undefined);
    return job;
  }

  function answer(dialog: 'print' | 'save'): boolean {
    return !cancelled.delete(dialog);
  }

  return {
    printed,
    saveDir,
    cancelNext: (dialog) => cancelled.add(dialog),
    renderPdf,
    print: async (html, job) => {
      if (!answer('print')) return { printed: false };
      const pdf = await renderPdf(withTitle(html, job.title), job);
      printed.push({ title: job.title, footerText: job.footerText, pdf });
      return { printed: true };
    },
    chooseSavePath: (suggestedName) => Promise.resolve(answer('save') ? join(saveDir, suggestedName) : null),
    close: async () => {
      if (renderer) {
        const { renderer: r, owned } = await renderer;
        await r.close();
        await owned?.close();
      }
      rmSync(saveDir, { recursive: true, force: true });
    },
  };
}
