import type { PaperSize } from '../../../shared/handouts/format';
import { refusal, type AppError } from './errors';

// What the core needs from the machine it runs on to put a document on paper: Chromium's PDF printer, the
// system print dialog and a save dialog. Electron provides it in the app (electron/main/platform.ts), a
// Playwright Chromium page in the browser harness (tests/harness/platform.ts). The core never imports either.

export interface PdfLayout {
  /** Chromium header and footer templates, printed with `displayHeaderFooter`. */
  headerTemplate: string;
  footerTemplate: string;
  /** Used only if the document sets no `@page` size (the handouts always set one). */
  paper: PaperSize;
}

export interface PrintJob extends PdfLayout {
  /** The print queue's name for the job. */
  title: string;
  /**
   * Plain-text footer for the system print path, which cannot take a template: the patient's name and the
   * date printed, so a page that comes loose still says whose it is.
   */
  footerText: string;
}

export interface Platform {
  /** The document as PDF bytes, rendered by Chromium's print path, always in the light theme. */
  renderPdf(html: string, layout: PdfLayout): Promise<Uint8Array>;
  /** Opens the system print dialog; `printed` is false when the nurse cancels it. */
  print(html: string, job: PrintJob): Promise<{ printed: boolean }>;
  /** Asks where to save a file; null when the nurse cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/** A core built without a platform (tests that never print, scripts) refuses to print, saying why. */
export const noPlatform: Platform = {
  renderPdf: () => Promise.reject(unavailable()),
  print: () => Promise.reject(unavailable()),
  chooseSavePath: () => Promise.reject(unavailable()),
};

function unavailable(): AppError {
  return refusal('conflict', 'printing-unavailable', 'Printing is not available in this window of Chairside.');
}
