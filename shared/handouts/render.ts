import { renderCarTSheet } from './car-t-sheet';
import { renderCheckpointSheet } from './checkpoint-sheet';
import { DEFAULT_PAPER, formatInstantDate, type PaperSize } from './format';
import { escapeHtml, fillTemplate, joinHtml, trusted, type Html } from './html';
import { parseRenderInput, type HandoutRenderInput } from './input';
import { CAR_T_SHEET_ID } from './schema';
import type { RenderContext } from './sections';
import { PAGE_MARGIN, sheetCss } from './styles';
import { renderWalletCardBody, walletCardCss } from './wallet-card';

// Entry points: a complete, standalone HTML document for the sheet(s), the footer template Chromium prints
// on every page, and the wallet card on its own. Pure functions: no Node, no DOM, no network, no scripts
// (the document is shown under a CSP that allows no script at all).

export type { HandoutRenderInput, HandoutRequest, HandoutAppointment } from './input';
export { HandoutInputError, handoutRequestSchema } from './input';
export type { PaperSize } from './format';

export function resolvePaper(input: Pick<HandoutRenderInput, 'paper'>): PaperSize {
  return input.paper ?? DEFAULT_PAPER;
}

function contextOf(input: HandoutRenderInput): RenderContext {
  return { ui: input.content.locales[input.locale].ui, request: input };
}

function documentHtml(input: HandoutRenderInput, title: string, css: Html, body: Html): string {
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${input.locale}"><head><meta charset="utf-8">` +
    '<meta name="color-scheme" content="light only">' +
    `<title>${escapeHtml(title)}</title><style>${css}</style></head>` +
    `<body>${body}</body></html>\n`
  );
}

function renderSheet(ctx: RenderContext, input: HandoutRenderInput, sheetId: string): Html {
  return sheetId === CAR_T_SHEET_ID
    ? renderCarTSheet(ctx, input.content)
    : renderCheckpointSheet(ctx, input.content, sheetId);
}

/** The education sheet(s) as one HTML document, optionally followed by the wallet card page. */
export function renderHandoutHtml(rawInput: HandoutRenderInput): string {
  const input = parseRenderInput(rawInput);
  const ctx = contextOf(input);
  const sheets = input.sheets.map((id) => renderSheet(ctx, input, id));
  const card = input.includeWalletCard ? renderWalletCardBody(input) : trusted('');
  const css = joinHtml([sheetCss(resolvePaper(input)), walletCardCss()]);
  const locale = input.content.locales[input.locale];
  const title = `${input.sheets.includes(CAR_T_SHEET_ID) ? locale.carT.title : locale.checkpointClass.title} — ${input.patient.displayName}`;
  return documentHtml(input, title, css, joinHtml([...sheets, card]));
}

/** The wallet card alone (front and back with cut marks), on the chosen paper. */
export function renderWalletCardHtml(rawInput: HandoutRenderInput): string {
  const input = parseRenderInput(rawInput);
  const { ui } = input.content.locales[input.locale];
  const css = joinHtml([sheetCss(resolvePaper(input)), walletCardCss()]);
  return documentHtml(input, `${ui.walletTitle} — ${input.patient.displayName}`, css, renderWalletCardBody(input));
}

/**
 * Pass as `headerTemplate` with `displayHeaderFooter: true`: Chromium's default header prints the document
 * title and URL.
 */
export const EMPTY_HEADER_TEMPLATE = '<span></span>';

/**
 * Footer for Chromium/Electron printToPDF (`footerTemplate`): patient name, date printed, "Page x of y".
 * Use with `displayHeaderFooter: true`, `headerTemplate: EMPTY_HEADER_TEMPLATE` and `preferCSSPageSize: true`.
 * Chromium fills the pageNumber/totalPages spans; the template has its own tiny document, so it carries
 * its own font size and the page's side margins.
 */
export function renderHandoutFooterTemplate(rawInput: HandoutRenderInput): string {
  const input = parseRenderInput(rawInput);
  const { ui } = input.content.locales[input.locale];
  const printed = fillTemplate(ui.footerPrinted, {
    date: formatInstantDate(input.printedAt, ui.intlLocale, input.timeZone, false),
  });
  const page = fillTemplate(
    ui.footerPage,
    {},
    {
      page: trusted('<span class="pageNumber"></span>'),
      total: trusted('<span class="totalPages"></span>'),
    },
  );
  const cell = 'style="flex:0 0 auto;white-space:nowrap"';
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${PAGE_MARGIN.side};display:flex;gap:12pt;align-items:flex-start;` +
    "font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;font-size:12pt;line-height:1.25;color:#000;\">" +
    `<span style="flex:1 1 auto;min-width:0;overflow-wrap:anywhere;font-weight:bold">${escapeHtml(input.patient.displayName)}</span>` +
    `<span ${cell}>${printed}</span><span ${cell}>${page}</span></div>`
  );
}
