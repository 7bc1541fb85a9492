import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The handout preview without a PDF plugin: pdf.js draws each page of the PDF that main rendered onto a canvas
// in this page, and the preview shows them as images. The main window therefore runs with plugins off and
// allows no frame at all (a PDF viewer plugin is a large attack surface to open for one preview). pdf.js is
// loaded only when a preview is asked for; its worker comes from the app's own files (CSP worker-src 'self').

export interface PageImage {
  url: string;
  width: number;
  height: number;
}

/** 1.5 × the PDF's 72 dpi: sharp at the preview's width on ordinary and high-density screens alike. */
const SCALE = 1.5;

async function renderPage(doc: PDFDocumentProxy, pageNumber: number): Promise<PageImage> {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  return { url: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height };
}

/** Every page of the PDF as a PNG data: URL, in order. */
export async function renderPdfPages(pdf: Uint8Array): Promise<PageImage[]> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // No eval (the CSP forbids it), no XFA forms, no scripting: a sheet the app made needs none of them.
  const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, enableXfa: false }).promise;
  try {
    const pages: PageImage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await renderPage(doc, n));
    return pages;
  } finally {
    await doc.destroy();
  }
}
