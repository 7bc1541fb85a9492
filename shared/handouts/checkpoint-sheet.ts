import { formatAndList, formatOrList } from './format';
import {
  bulletList,
  capitalize,
  escapeHtml,
  fillTemplate,
  fillText,
  joinHtml,
  paragraph,
  trusted,
  type Html,
} from './html';
import type {
  CheckpointDrugFact,
  CheckpointEntryText,
  CheckpointRegimenFact,
  HandoutLibrary,
  HandoutLocale,
  InfusionFact,
} from './schema';
import {
  renderMetaLine,
  renderPhoneBox,
  renderMasthead,
  renderSections,
  renderSlot,
  type RenderContext,
} from './sections';

// A checkpoint-inhibitor sheet = the class text shared by every drug + the drug or regimen part (names, how
// it works, how it is given) computed from the locale-neutral facts.

export interface CheckpointSheet {
  readonly id: string;
  readonly fact: CheckpointDrugFact | CheckpointRegimenFact;
  readonly entry: CheckpointEntryText;
  /** The single drug, or the regimen's components, in the order given. */
  readonly drugs: readonly CheckpointDrugFact[];
}

function drugFact(content: HandoutLibrary, id: string): CheckpointDrugFact {
  const fact = content.facts.checkpointDrugs.find((d) => d.id === id);
  if (!fact) throw new Error(`unknown checkpoint drug "${id}"`);
  return fact;
}

export function resolveCheckpointSheet(content: HandoutLibrary, locale: HandoutLocale, id: string): CheckpointSheet {
  const entry = content.locales[locale].checkpointEntries.entries[id];
  if (!entry) throw new Error(`no ${locale} text for sheet "${id}"`);
  const regimen = content.facts.checkpointRegimens.find((r) => r.id === id);
  if (regimen) return { id, fact: regimen, entry, drugs: regimen.componentIds.map((c) => drugFact(content, c)) };
  const drug = drugFact(content, id);
  return { id, fact: drug, entry, drugs: [drug] };
}

/** "pembrolizumab (Keytruda)" in this locale's spelling. */
export function drugDisplayName(content: HandoutLibrary, locale: HandoutLocale, drug: CheckpointDrugFact): string {
  const { ui, checkpointEntries } = content.locales[locale];
  const name = checkpointEntries.entries[drug.id]?.name ?? drug.id;
  return fillText(ui.nameWithBrand, { generic: name, brand: drug.brandName });
}

/** "Nivolumab (Opdivo) and ipilimumab (Yervoy)". */
export function sheetDisplayName(content: HandoutLibrary, locale: HandoutLocale, sheet: CheckpointSheet): string {
  const names = sheet.drugs.map((d) => drugDisplayName(content, locale, d));
  return capitalize(formatAndList(names, content.locales[locale].ui.intlLocale));
}

/** One sentence as a paragraph, several as a list (a one-bullet list reads oddly). */
function sentences(items: readonly string[], className?: string): Html {
  return items.length === 1 ? paragraph(items[0] ?? '', className) : bulletList(items, className);
}

function howItWorks(content: HandoutLibrary, locale: HandoutLocale, sheet: CheckpointSheet): Html {
  const { ui } = content.locales[locale];
  const names = sheet.drugs.map((d) => drugDisplayName(content, locale, d));
  const intro =
    sheet.drugs.length === 1
      ? fillTemplate(ui.drugIsCheckpoint, { drug: names[0] ?? '' })
      : fillTemplate(ui.regimenIsCheckpoint, { drugs: formatAndList(names, ui.intlLocale) });
  const blocks = sheet.drugs.map((d, i) =>
    fillText(ui.drugBlocks, { drug: capitalize(names[i] ?? ''), targets: formatAndList(d.targets, ui.intlLocale) }),
  );
  const targets = [...new Set(sheet.drugs.flatMap((d) => d.targets))];
  return joinHtml([
    trusted(`<h3>${escapeHtml(ui.howItWorksHeading)}</h3><p>${intro}</p>`),
    sentences(blocks, 'targets'),
    ...targets.map((t) => paragraph(ui.targets[t])),
  ]);
}

function infusionLine(content: HandoutLibrary, locale: HandoutLocale, infusion: InfusionFact): string {
  const { ui, checkpointEntries } = content.locales[locale];
  const fact = content.facts.checkpointDrugs.find((d) => d.id === infusion.drugId);
  const name = fact
    ? drugDisplayName(content, locale, fact)
    : (checkpointEntries.entries[infusion.drugId]?.name ?? infusion.drugId);
  const drug = capitalize(name);
  if (infusion.minutes === undefined) return fillText(ui.infusionAskNurse, { drug });
  if (infusion.firstMinutes !== undefined) {
    return fillText(ui.infusionFirstThen, { drug, first: infusion.firstMinutes, minutes: infusion.minutes });
  }
  return fillText(ui.infusionAbout, { drug, minutes: infusion.minutes });
}

function scheduleSentence(content: HandoutLibrary, locale: HandoutLocale, sheet: CheckpointSheet): string {
  const { ui } = content.locales[locale];
  if (sheet.entry.scheduleNote) return sheet.entry.scheduleNote;
  const weeks = sheet.fact.intervalWeeks.map(String);
  if (weeks.length === 1) return fillText(ui.intervalSingle, { weeks: weeks[0] ?? '' });
  return fillText(ui.intervalChoice, { weeks: formatOrList(weeks, ui.intlLocale) });
}

export function renderDrugDetails(content: HandoutLibrary, locale: HandoutLocale, sheet: CheckpointSheet): Html {
  const { ui } = content.locales[locale];
  const { entry } = sheet;
  return joinHtml([
    howItWorks(content, locale, sheet),
    trusted(`<h3>${escapeHtml(ui.howGivenHeading)}</h3>`),
    paragraph(ui.givenByDrip),
    entry.orderNote ? paragraph(entry.orderNote) : trusted(''),
    sentences(
      sheet.fact.infusions.map((i) => infusionLine(content, locale, i)),
      'infusions',
    ),
    paragraph(scheduleSentence(content, locale, sheet)),
    entry.premedication ? paragraph(entry.premedication) : trusted(''),
    paragraph(ui.chairTime),
  ]);
}

export function renderCheckpointSheet(ctx: RenderContext, content: HandoutLibrary, sheetId: string): Html {
  const locale = ctx.request.locale;
  const { checkpointClass, checkpointEntries } = content.locales[locale];
  const sheet = resolveCheckpointSheet(content, locale, sheetId);
  const body = renderSections(
    checkpointClass.sections,
    ctx,
    {
      'drug-details': (section) => renderSlot(section, renderDrugDetails(content, locale, sheet)),
    },
    { urgentOnNewPage: true },
  );
  return joinHtml([
    trusted(`<article class="sheet" data-sheet="${sheetId.replace(/[^a-z0-9-]/g, '')}">`),
    renderMasthead(ctx, checkpointClass.title, sheetDisplayName(content, locale, sheet)),
    renderPhoneBox(ctx),
    body,
    renderMetaLine(ctx, [checkpointClass.meta, checkpointEntries.meta, content.facts.meta]),
    trusted('</article>'),
  ]);
}
