import { formatCalendarDate, formatInstantDate, formatInstantTime } from './format';
import { bulletList, escapeHtml, fillTemplate, fillText, joinHtml, paragraph, trusted, type Html } from './html';
import { phoneIcon, urgentIcon, warningIcon } from './icons';
import type { HandoutAppointment, HandoutRequest } from './input';
import type { ContentMeta, HandoutSection, UiStrings, UrgentSection } from './schema';

// Building blocks shared by every sheet: masthead, 24-hour number, text sections, the call-right-away list,
// appointments and the version line.

export interface RenderContext {
  readonly ui: UiStrings;
  readonly request: HandoutRequest;
}

type SlotKind = 'appointments' | 'drug-details' | 'car-t-dates';
type SlotSection = Extract<HandoutSection, { kind: SlotKind }>;
export type SlotRenderers = Partial<Record<SlotKind, (section: SlotSection) => Html>>;

function sectionOpen(section: HandoutSection, className: string): Html {
  return trusted(`<section class="${className}" data-section="${escapeHtml(section.id)}">`);
}

function heading(text: string, icon?: Html): Html {
  return icon ? trusted(`<h2>${icon}<span>${escapeHtml(text)}</span></h2>`) : trusted(`<h2>${escapeHtml(text)}</h2>`);
}

export function renderMasthead(ctx: RenderContext, title: string, subtitle: string): Html {
  const { ui, request } = ctx;
  const printed = formatInstantDate(request.printedAt, ui.intlLocale, request.timeZone, false);
  const facts: Html[] = [
    trusted(
      `<dt>${escapeHtml(ui.patientLabel)}</dt><dd class="patient-name">${escapeHtml(request.patient.displayName)}</dd>`,
    ),
  ];
  if (request.regimenName) {
    facts.push(trusted(`<dt>${escapeHtml(ui.treatmentLabel)}</dt><dd>${escapeHtml(request.regimenName)}</dd>`));
  }
  facts.push(trusted(`<dt>${escapeHtml(ui.printedLabel)}</dt><dd>${escapeHtml(printed)}</dd>`));
  return joinHtml([
    trusted(`<header class="masthead"><span class="center">${escapeHtml(request.center.name)}</span></header>`),
    trusted(`<h1>${escapeHtml(title)}</h1><p class="subtitle">${escapeHtml(subtitle)}</p>`),
    trusted(`<dl class="facts">${joinHtml(facts)}</dl>`),
  ]);
}

export function renderPhoneBox(ctx: RenderContext): Html {
  const { ui, request } = ctx;
  return trusted(
    `<div class="phone-box" data-section="phone-24h">${phoneIcon}<div>` +
      `<p>${escapeHtml(ui.phoneBoxLabel)}</p>` +
      `<p class="phone-number">${escapeHtml(request.center.phone24h)}</p>` +
      `<p>${escapeHtml(ui.phoneBoxHours)}</p></div></div>`,
  );
}

function renderTextSection(section: Extract<HandoutSection, { kind: 'info' | 'warning' }>): Html {
  const boxed = section.kind === 'warning';
  return joinHtml([
    sectionOpen(section, boxed ? 'boxed warning' : 'info'),
    heading(section.heading, boxed ? warningIcon : undefined),
    ...section.paragraphs.map((p) => paragraph(p)),
    bulletList(section.bullets),
    trusted('</section>'),
  ]);
}

export function renderUrgentSection(section: UrgentSection, ctx: RenderContext, onNewPage = false): Html {
  const phone = trusted(`<span class="nowrap">${escapeHtml(ctx.request.center.phone24h)}</span>`);
  const groups = section.groups.map((g) =>
    trusted(
      `<div class="group" data-group="${escapeHtml(g.id)}"><h3>${escapeHtml(g.heading)}</h3>${bulletList(g.items)}</div>`,
    ),
  );
  return joinHtml([
    sectionOpen(section, onNewPage ? 'boxed urgent new-page' : 'boxed urgent'),
    heading(section.heading, urgentIcon),
    trusted(`<p class="call-line">${fillTemplate(ctx.ui.urgentCallLine, {}, { phone })}</p>`),
    ...section.paragraphs.map((p) => paragraph(p)),
    bulletList(section.bullets),
    ...groups,
    ...section.closing.map((p) => paragraph(p, 'closing')),
    trusted('</section>'),
  ]);
}

export function formatAppointment(appointment: HandoutAppointment, ctx: RenderContext): string {
  const zone = appointment.timeZone ?? ctx.request.timeZone;
  const date = formatInstantDate(appointment.start, ctx.ui.intlLocale, zone);
  const time = formatInstantTime(appointment.start, ctx.ui.intlLocale, zone);
  return fillText(ctx.ui.appointmentDateTime, { date, time });
}

function renderAppointments(section: SlotSection, ctx: RenderContext): Html {
  const list = ctx.request.nextAppointments;
  const body =
    list.length === 0
      ? paragraph(ctx.ui.noAppointments, 'no-appointments')
      : bulletList(
          list.map((a) => formatAppointment(a, ctx)),
          'appointments',
        );
  return joinHtml([
    sectionOpen(section, 'info'),
    heading(section.heading),
    ...section.paragraphs.map((p) => paragraph(p)),
    body,
    trusted('</section>'),
  ]);
}

export interface SectionOptions {
  /** Start the call-right-away list on a new page. */
  readonly urgentOnNewPage?: boolean;
}

export function renderSections(
  sections: readonly HandoutSection[],
  ctx: RenderContext,
  slots: SlotRenderers,
  options: SectionOptions = {},
): Html {
  return joinHtml(
    sections.map((section) => {
      switch (section.kind) {
        case 'info':
        case 'warning':
          return renderTextSection(section);
        case 'urgent':
          return renderUrgentSection(section, ctx, options.urgentOnNewPage);
        case 'appointments':
          return slots.appointments?.(section) ?? renderAppointments(section, ctx);
        default: {
          const render = slots[section.kind];
          if (!render) throw new Error(`no renderer for a "${section.kind}" section`);
          return render(section);
        }
      }
    }),
  );
}

/** Shared slot markup: a section with a plain heading, its paragraphs, then computed content. */
export function renderSlot(section: SlotSection, body: Html, className = 'info', icon?: Html): Html {
  return joinHtml([
    sectionOpen(section, className),
    heading(section.heading, icon),
    body,
    ...section.paragraphs.map((p) => paragraph(p)),
    trusted('</section>'),
  ]);
}

/**
 * The version line at the end of a sheet. A sheet is built from several files: it shows the main file's
 * version, the oldest review date, and the draft notice if any part is still a draft.
 */
export function renderMetaLine(ctx: RenderContext, metas: readonly [ContentMeta, ...ContentMeta[]]): Html {
  const reviewedDate = metas.map((m) => m.reviewedDate).sort()[0] ?? metas[0].reviewedDate;
  const line = fillTemplate(ctx.ui.metaLine, {
    sheetVersion: ctx.request.sheetVersion,
    contentVersion: metas[0].contentVersion,
    reviewedDate: formatCalendarDate(reviewedDate, ctx.ui.intlLocale, false),
  });
  const isDraft = metas.some((m) => m.status === 'draft-needs-clinical-review');
  const draft = isDraft ? ` <span class="draft">${escapeHtml(ctx.ui.draftNotice)}</span>` : '';
  return trusted(`<p class="meta">${line}${draft}</p>`);
}
