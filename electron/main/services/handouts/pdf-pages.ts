// The number of pages of a PDF that Chromium wrote. Chromium's PDF writer (Skia) puts each page object in
// plain text (no object streams), so counting `/Type /Page` objects is exact; checked against pdfinfo in
// the handout tests.

const PAGE_OBJECT = /\/Type\s*\/Page(?![a-zA-Z])/g;

export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(PAGE_OBJECT)?.length ?? 0;
}
