import { addDays, formatCalendarDate } from './format';
import { capitalize, escapeHtml, fillText, joinHtml, paragraph, trusted, type Html } from './html';
import { warningIcon } from './icons';
import type { CarTMonitoring, CarTProductFact, HandoutLibrary, HandoutLocale } from './schema';
import {
  renderMasthead,
  renderMetaLine,
  renderPhoneBox,
  renderSections,
  renderSlot,
  type RenderContext,
} from './sections';

// The CAR T discharge sheet: warning signs, and the stay-near / no-driving dates computed from the infusion
// date with the label values in the facts file (the CAR T labels' monitoring section), never with numbers written in code.

export interface CarTDates {
  readonly infusionDate: string;
  readonly dailyMonitoringUntil: string;
  readonly stayNearUntil: string;
  readonly noDrivingUntil: string;
}

/** Each period ends the given number of days after the infusion day (day 0). */
export function computeCarTDates(infusionDate: string, monitoring: CarTMonitoring): CarTDates {
  return {
    infusionDate,
    dailyMonitoringUntil: addDays(infusionDate, monitoring.dailyMonitoringDays),
    stayNearUntil: addDays(infusionDate, monitoring.stayNearDays),
    noDrivingUntil: addDays(infusionDate, monitoring.noDrivingDays),
  };
}

export function carTProduct(content: HandoutLibrary, productId: string): CarTProductFact {
  const product = content.facts.carT.products.find((p) => p.id === productId);
  if (!product) throw new Error(`unknown CAR T product "${productId}"`);
  return product;
}

/** "Tisagenlecleucel (Kymriah)" in this locale's spelling. */
export function carTDisplayName(content: HandoutLibrary, locale: HandoutLocale, product: CarTProductFact): string {
  const { ui, carT } = content.locales[locale];
  const name = carT.products[product.id]?.name ?? product.id;
  return fillText(ui.nameWithBrand, { generic: name, brand: product.brandName });
}

/** One period per block, label above its date: reads in one column (and prints in one column of text). */
function dateBlock(label: string, value: string): Html {
  return trusted(`<div class="date-row"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`);
}

function renderDatesList(ctx: RenderContext, monitoring: CarTMonitoring, infusionDate: string): Html {
  const { ui } = ctx;
  const dates = computeCarTDates(infusionDate, monitoring);
  const day = (iso: string) => formatCalendarDate(iso, ui.intlLocale);
  const until = (iso: string) => capitalize(fillText(ui.carTUntil, { date: day(iso) }));
  return trusted(
    `<dl class="dates">${joinHtml([
      dateBlock(ui.carTInfusionDay, capitalize(day(dates.infusionDate))),
      dateBlock(
        fillText(ui.carTDailyChecks, { days: monitoring.dailyMonitoringDays }),
        until(dates.dailyMonitoringUntil),
      ),
      dateBlock(fillText(ui.carTStayNear, { days: monitoring.stayNearDays }), until(dates.stayNearUntil)),
      dateBlock(fillText(ui.carTNoDriving, { days: monitoring.noDrivingDays }), until(dates.noDrivingUntil)),
    ])}</dl>`,
  );
}

export function renderCarTSheet(ctx: RenderContext, content: HandoutLibrary): Html {
  const { locale, carT: request } = ctx.request;
  if (!request) throw new Error('the CAR T sheet needs carT.productId and carT.infusionDate');
  const sheet = content.locales[locale].carT;
  const product = carTProduct(content, request.productId);
  const productName = carTDisplayName(content, locale, product);
  const monitoring = content.facts.carT.monitoring;
  const note = sheet.products[product.id]?.note;
  const body = renderSections(sheet.sections, ctx, {
    'car-t-dates': (section) =>
      renderSlot(section, renderDatesList(ctx, monitoring, request.infusionDate), 'boxed warning', warningIcon),
  });
  return joinHtml([
    trusted('<article class="sheet" data-sheet="car-t">'),
    renderMasthead(ctx, sheet.title, capitalize(productName)),
    paragraph(fillText(ctx.ui.carTIntro, { product: productName })),
    note ? paragraph(note, 'note') : trusted(''),
    renderPhoneBox(ctx),
    body,
    renderMetaLine(ctx, [sheet.meta, content.facts.meta]),
    trusted('</article>'),
  ]);
}
