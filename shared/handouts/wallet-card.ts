import { carTDisplayName, carTProduct } from './car-t-sheet';
import { resolveCheckpointSheet, sheetDisplayName } from './checkpoint-sheet';
import { formatCalendarDate } from './format';
import { bulletList, capitalize, escapeHtml, fillText, joinHtml, trusted, type Html } from './html';
import { phoneIcon, warningIcon } from './icons';
import type { HandoutRenderInput } from './input';
import { CAR_T_SHEET_ID, type WalletCardText } from './schema';

// The wallet card: credit-card size (ISO/IEC 7810 ID-1, 85.6 × 54 mm), front and back side by side so the
// patient cuts once around the corner marks and folds on the middle line. Its text is smaller than the
// sheet's (it has to fit a card) but stays in bold black on white.

export const CARD_WIDTH_MM = 85.6;
export const CARD_HEIGHT_MM = 54;

// Classes, not style attributes: the document is shown under a CSP that may allow the <style> element only.
function cutMarkCss(): string {
  const len = 5;
  const out = 6.5; // mark length + 1.5 mm gap, so no mark touches the card
  return [
    `.mark { position: absolute; background: #000; }`,
    `.mark.h { height: 0.3mm; width: ${len}mm; }`,
    `.mark.v { width: 0.3mm; height: ${len}mm; }`,
    `.mark.h.top { top: 0; } .mark.h.bottom { bottom: 0; }`,
    `.mark.h.left { left: -${out}mm; } .mark.h.right { right: -${out}mm; }`,
    `.mark.v.top { top: -${out}mm; } .mark.v.bottom { bottom: -${out}mm; }`,
    `.mark.v.left { left: 0; } .mark.v.right { right: 0; } .mark.v.fold { left: ${CARD_WIDTH_MM}mm; }`,
  ].join('\n');
}

export function walletCardCss(): Html {
  return trusted(`
/* Narrower side margins on the card's page, so the cut marks (6.5 mm outside a 171.2 mm strip) stay on A4. */
@page wallet { margin-left: 10mm; margin-right: 10mm; }
.wallet-page { page: wallet; }
.wallet-hint { font-size: 12pt; margin: 0 0 10mm; }
.wallet-labels { display: flex; width: ${CARD_WIDTH_MM * 2}mm; margin: 0 auto 7mm; font-size: 12pt; font-weight: bold; }
.wallet-labels span { width: ${CARD_WIDTH_MM}mm; text-align: center; }
.wallet-strip { position: relative; display: flex; width: ${CARD_WIDTH_MM * 2}mm; height: ${CARD_HEIGHT_MM}mm;
  margin: 0 auto 16mm; break-inside: avoid; }
.card { box-sizing: border-box; width: ${CARD_WIDTH_MM}mm; height: ${CARD_HEIGHT_MM}mm; padding: 2.8mm 3.4mm;
  overflow: hidden; font-size: 8pt; line-height: 1.22; overflow-wrap: anywhere; background: #fff; color: #000; }
.card.front { border-right: 0.3mm dashed #000; }
.card p { margin: 0 0 1.2mm; }
.card ul { margin: 0 0 1.2mm; padding-left: 3.2mm; }
.card li { margin: 0; }
.card > :last-child { margin-bottom: 0; }
.card.back ul { font-size: 7.5pt; }
.card .icon { width: 4mm; height: 4mm; }
.card-title { display: flex; gap: 1.5mm; align-items: center; font-size: 10pt; font-weight: bold;
  border-bottom: 0.5mm solid #000; padding-bottom: 1mm; margin-bottom: 1.6mm !important; text-transform: uppercase; }
.card-name { font-size: 11pt; font-weight: bold; }
.card-name.long { font-size: 8.5pt; }
.card-drug { font-size: 10pt; font-weight: bold; }
.card-phone { display: flex; gap: 1.5mm; align-items: center; font-size: 14pt; font-weight: bold; white-space: nowrap; }
.card-heading { font-weight: bold; font-size: 8pt; }
.card-small { font-size: 7pt; }
${cutMarkCss()}`);
}

/** Corner marks outside the strip, plus fold marks above and below the middle line. */
function cutMarks(): Html {
  const marks = [
    'h top left',
    'h top right',
    'h bottom left',
    'h bottom right',
    'v top left',
    'v top right',
    'v bottom left',
    'v bottom right',
    'v top fold',
    'v bottom fold',
  ];
  return trusted(marks.map((m) => `<span class="mark ${m}"></span>`).join(''));
}

interface CardFace {
  readonly receivingLabel: string;
  readonly treatment: string;
  readonly extraLine?: string;
  readonly text: WalletCardText;
}

function cardFace(input: HandoutRenderInput, sheetId: string): CardFace {
  const { content, locale } = input;
  const { ui, checkpointClass, carT } = content.locales[locale];
  if (sheetId === CAR_T_SHEET_ID && input.carT) {
    const product = carTProduct(content, input.carT.productId);
    const date = formatCalendarDate(input.carT.infusionDate, ui.intlLocale, false);
    return {
      receivingLabel: ui.walletReceivedCarT,
      treatment: capitalize(carTDisplayName(content, locale, product)),
      extraLine: fillText(ui.walletInfusedOn, { date }),
      text: carT.walletCard,
    };
  }
  const sheet = resolveCheckpointSheet(content, locale, sheetId);
  return {
    receivingLabel: ui.walletReceiving,
    treatment: sheetDisplayName(content, locale, sheet),
    text: checkpointClass.walletCard,
  };
}

function renderCard(input: HandoutRenderInput, sheetId: string): Html {
  const { ui } = input.content.locales[input.locale];
  const face = cardFace(input, sheetId);
  const name = input.patient.displayName;
  const nameClass = name.length > 40 ? 'card-name long' : 'card-name';
  const front = joinHtml([
    trusted(`<p class="card-title">${warningIcon}<span>${escapeHtml(ui.walletTitle)}</span></p>`),
    trusted(`<p class="${nameClass}">${escapeHtml(name)}</p>`),
    trusted(
      `<p>${escapeHtml(face.receivingLabel)}<br><span class="card-drug">${escapeHtml(face.treatment)}</span></p>`,
    ),
    face.extraLine ? trusted(`<p>${escapeHtml(face.extraLine)}</p>`) : trusted(''),
    trusted(`<p>${escapeHtml(ui.walletPhoneLabel)}</p>`),
    trusted(`<p class="card-phone">${phoneIcon}<span>${escapeHtml(input.center.phone24h)}</span></p>`),
    trusted(`<p class="card-small">${escapeHtml(input.center.name)}</p>`),
  ]);
  const back = joinHtml([
    trusted(`<p class="card-heading">${escapeHtml(ui.walletSignsHeading)}</p>`),
    bulletList(face.text.keySigns),
    trusted(`<p class="card-heading">${escapeHtml(ui.walletClinicianHeading)}</p>`),
    trusted(`<p class="card-small">${escapeHtml(face.text.clinicianNote)}</p>`),
  ]);
  return trusted(
    `<div class="wallet-labels" aria-hidden="true"><span>${escapeHtml(ui.walletFront)}</span><span>${escapeHtml(ui.walletBack)}</span></div>` +
      `<div class="wallet-strip" data-sheet="${escapeHtml(sheetId)}">` +
      `<div class="card front">${front}</div><div class="card back">${back}</div>${cutMarks()}</div>`,
  );
}

/** The wallet card page body (heading, cutting hint, one card per sheet). */
export function renderWalletCardBody(input: HandoutRenderInput): Html {
  const { ui } = input.content.locales[input.locale];
  return joinHtml([
    trusted('<section class="wallet-page" data-section="wallet-card-print">'),
    trusted(`<h2>${escapeHtml(ui.walletTitle)}</h2>`),
    trusted(`<p class="wallet-hint">${escapeHtml(ui.walletCutHint)}</p>`),
    ...input.sheets.map((id) => renderCard(input, id)),
    trusted('</section>'),
  ]);
}
