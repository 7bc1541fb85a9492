import type { PaperSize } from './format';
import { trusted, type Html } from './html';

// Print styles for patients: 14 pt body (nothing on the sheet below 12 pt), black on white whatever the
// system theme, warnings marked by an icon, words and a border (never by colour alone).

export const PAGE_MARGIN = { top: '16mm', side: '16mm', bottom: '24mm' } as const;

const FONT_STACK = '"Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif';

export function sheetCss(paper: PaperSize): Html {
  return trusted(`
@page { size: ${paper === 'A4' ? 'A4' : 'letter'} portrait; margin: ${PAGE_MARGIN.top} ${PAGE_MARGIN.side} ${PAGE_MARGIN.bottom}; }
:root { color-scheme: light only; }
html, body { background: #fff; color: #000; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 14pt; line-height: 1.4;
  overflow-wrap: anywhere; word-break: normal; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
p { margin: 0 0 6pt; }
ul { margin: 0 0 6pt; padding-left: 18pt; }
li { margin: 0 0 3pt; break-inside: avoid; }
h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 4pt; }
h2 { font-size: 18pt; line-height: 1.2; margin: 0 0 6pt; break-after: avoid; }
h3 { font-size: 15pt; line-height: 1.25; margin: 8pt 0 3pt; break-after: avoid; }
h3 + ul > li:first-child { break-before: avoid; }
.sheet + .sheet, .wallet-page { break-before: page; }
.masthead { display: flex; justify-content: space-between; gap: 12pt; align-items: baseline;
  border-bottom: 2pt solid #000; padding-bottom: 4pt; margin-bottom: 10pt; font-size: 13pt; }
.masthead .center { font-weight: bold; }
.subtitle { font-size: 18pt; font-weight: bold; margin: 0 0 8pt; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt; margin: 0 0 10pt; }
.facts dt { font-weight: bold; }
.facts dd { margin: 0; min-width: 0; }
section { margin: 0 0 14pt; }
.phone-box { border: 3pt solid #000; padding: 8pt 12pt; margin: 0 0 14pt; break-inside: avoid;
  display: flex; gap: 12pt; align-items: center; }
.phone-box p { margin: 0; }
.phone-number { font-size: 30pt; font-weight: bold; line-height: 1.15; white-space: nowrap; }
.icon { flex: none; width: 1.1em; height: 1.1em; vertical-align: -0.15em; }
.phone-box .icon { width: 30pt; height: 30pt; }
.boxed { border: 2pt solid #000; padding: 8pt 12pt; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.boxed h2 { display: flex; gap: 8pt; align-items: flex-start; }
.urgent { border-width: 4pt; padding: 10pt 14pt; }
/* On the checkpoint sheet the call-right-away list starts its own page so it can be read (and pinned up) as one piece. */
.urgent.new-page { break-before: page; }
.urgent h2 { font-size: 21pt; }
.call-line { font-size: 18pt; font-weight: bold; margin: 0 0 8pt; }
.call-line .nowrap { white-space: nowrap; }
.group ul { margin-bottom: 2pt; }
.closing { font-weight: bold; margin-top: 8pt; }
.appointments { list-style: none; padding: 0; font-size: 16pt; font-weight: bold; }
.dates { margin: 0 0 8pt; }
.date-row { border-top: 1pt solid #000; padding: 4pt 0; break-inside: avoid; }
.date-row:last-child { border-bottom: 1pt solid #000; }
.dates dd { margin: 0; font-size: 16pt; font-weight: bold; }
.note { font-style: italic; }
.meta { border-top: 1pt solid #000; padding-top: 6pt; margin-top: 16pt; font-size: 12pt; }
.draft { font-weight: bold; }
`);
}
