import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { REPORT_SECTIONS, type ReportSection, type ReportSummary } from '../../../../shared/ipc/contract/reports';
import type { Locale } from '../../../../shared/ipc/schemas';
import type { Paper } from '../../../../shared/ipc/contract/handouts';
import { escapeHtml } from '../../../../shared/handouts/html';
import { SECTION_VIEWS } from '../../../../shared/reports/plots';
import { formatCell, SECTION_TABLES, type ReportTable } from '../../../../shared/reports/tables';
import { reportText, type ReportText } from '../../../../shared/reports/text';

// The printed center report: each section's plot (the same Observable Plot options the screen draws, here
// on a server-side document) with its table beside it, A4 landscape. The print window runs no script and
// loads nothing (handouts/print-csp.ts): the SVG is inline and its <style> is allowed by hash.

/** The SVG markup of one plot, drawn on a document of its own (no DOM in main). */
export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
  const figure = Plot.plot({ ...options, document }) as unknown as { outerHTML: string };
  return figure.outerHTML;
}

export function tableHtml(table: ReportTable, w: ReportText): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const body = table.rows.length
    ? table.rows
        .map(
          (r) =>
            `<tr>${table.columns.map((c) => `<td>${escapeHtml(formatCell(r[c.key] ?? null, w))}</td>`).join('')}</tr>`,
        )
        .join('')
    : `<tr><td colspan="${table.columns.length}">${escapeHtml(w.t('none'))}</td></tr>`;
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function sectionHtml(section: ReportSection, summary: ReportSummary, w: ReportText): string {
  const view = SECTION_VIEWS[section](summary, w);
  const plots = view.plots.map((p) => `<figure>${plotSvg(p)}</figure>`).join('');
  return `<section><h2>${escapeHtml(w.t(`section.${section}`))}</h2><p>${escapeHtml(view.summary)}</p>
<div class="pair"><div class="plots">${plots}</div><div class="table">${tableHtml(SECTION_TABLES[section](summary, w), w)}</div></div></section>`;
}

const style = (paper: Paper) => `@page{size:${paper} landscape;margin:10mm}body{font:9pt sans-serif;color:#000;background:#fff}
h1{font-size:14pt;margin:0 0 2mm}h2{font-size:11pt;margin:0 0 1mm}p{margin:1mm 0}
section{break-inside:avoid;margin:0 0 5mm}.pair{display:flex;gap:5mm;align-items:flex-start}
.plots{flex:0 0 auto}figure{margin:0}.table{flex:1 1 auto}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:0.8mm 1.2mm;text-align:left}
th{background:#eee}`;

export function reportHtml(
  summary: ReportSummary,
  language: Locale,
  center: { name: string; paper: Paper },
  printedAt: string,
): string {
  const w = reportText(language);
  const title = `${center.name || 'Chairside'} — ${w.t('printedFor', summary.range)}`;
  const sections = REPORT_SECTIONS.map((s) => sectionHtml(s, summary, w)).join('\n');
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${style(center.paper)}</style></head><body><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(w.t('printedAt', { at: printedAt }))}</p>
${sections}</body></html>`;
}
