import { formatMinutes } from '../../../../shared/center/calendar';
import { clinicToday } from '../center/clinic-clock';
import { escapeHtml } from '../../../../shared/handouts/html';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { downtimeRows, lastReactions, type DowntimeRow, type LastReaction } from '../../repositories/downtime';
import { writePrivateFile } from '../../store/files';
import { recordRead } from '../audit/read-audit';
import { createSettingsService } from '../center/settings';
import type { Locale } from '../../../../shared/ipc/schemas';
import type { Paper } from '../../../../shared/ipc/contract/handouts';
import { translator, type Translate } from '../../../../shared/i18n/translate';
import { downtimeEn } from './messages-downtime.en';
import { downtimeFr } from './messages-downtime.fr';

// The downtime sheet: one click prints (or saves) today's schedule with, for each booked patient, the
// regimen, the allergies and the latest infusion reaction, so the center can keep treating on paper while
// the workstation or the server is down. Printing it is recorded like any read of those records.

/** The sheet's words (messages-downtime.en.ts / .fr.ts) in the language it is printed in. */
export interface DowntimeWords {
  language: Locale;
  t: Translate<typeof downtimeEn>;
}

const DOWNTIME_MESSAGES: Readonly<Record<Locale, typeof downtimeEn>> = { en: downtimeEn, fr: downtimeFr };

export function downtimeWords(language: Locale): DowntimeWords {
  return { language, t: translator(DOWNTIME_MESSAGES[language], language) };
}

const COLUMNS = ['time', 'chair', 'patient', 'mrnBirth', 'regimen', 'allergies', 'lastReaction'] as const;

function reactionText(reaction: LastReaction | undefined, w: DowntimeWords): string {
  if (!reaction) return w.t('noReaction');
  const payload = JSON.parse(reaction.payload) as { grade?: number | null; symptoms?: string[] };
  const grade = typeof payload.grade === 'number' ? w.t('grade', { grade: payload.grade }) : w.t('gradeUnknown');
  const symptoms = payload.symptoms?.length ? ` (${payload.symptoms.join(', ')})` : '';
  return `${reaction.signed_at.slice(0, 10)}: ${grade}${symptoms}`;
}

function row(r: DowntimeRow, reaction: LastReaction | undefined, w: DowntimeWords): string {
  const cells = [
    `${formatMinutes(r.start_minute)}–${formatMinutes(r.end_minute)}`,
    r.chair_name,
    `${r.family_name.toUpperCase()}, ${r.given_name}`,
    `${r.mrn} · ${r.birth_date}`,
    w.t('regimenDose', { regimen: r.regimen_name, cycle: r.cycle, dose: r.dose_number }),
    r.allergies?.trim() ? r.allergies : w.t('noAllergy'),
    reactionText(reaction, w),
  ];
  return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

export function downtimeHtml(
  date: string,
  center: { name: string; paper: Paper },
  rows: DowntimeRow[],
  reactions: LastReaction[],
  w: DowntimeWords,
  printedAt: string,
): string {
  const byPatient = new Map(reactions.map((r) => [r.patient_id, r]));
  const head = COLUMNS.map((c) => `<th scope="col">${escapeHtml(w.t(`column.${c}`))}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => row(r, byPatient.get(r.patient_id), w)).join('')
    : `<tr><td colspan="${COLUMNS.length}">${escapeHtml(w.t('none'))}</td></tr>`;
  return `<!doctype html><html lang="${w.language}"><head><meta charset="utf-8"><title>${escapeHtml(w.t('title'))}</title>
<style>@page{size:${center.paper} landscape;margin:12mm}body{font:10pt sans-serif;color:#000}h1{font-size:14pt;margin:0 0 4mm}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:1.5mm;vertical-align:top;text-align:left}
th{background:#eee}p{margin:2mm 0}</style></head><body>
<h1>${escapeHtml(`${w.t('title')} — ${center.name || 'Chairside'} — ${date}`)}</h1>
<p>${escapeHtml(w.t('intro'))}</p>
<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>
<p>${escapeHtml(w.t('printed', { at: printedAt }))}</p></body></html>`;
}

export function createDowntime(deps: CoreDeps) {
  const settings = createSettingsService(deps);

  async function prepare(ctx: RequestContext) {
    const date = clinicToday(deps);
    const rows = await downtimeRows(deps.store.db, date);
    const reactions = await lastReactions(deps.store.db, [...new Set(rows.map((r) => r.patient_id))]);
    const { language, centerName, paperSize } = await settings.get();
    const words = downtimeWords(language);
    const printedAt = deps.now().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    const center = { name: centerName, paper: paperSize };
    const html = downtimeHtml(date, center, rows, reactions, words, printedAt);
    await recordRead(deps, ctx, {
      objectType: 'schedule',
      objectId: date,
      view: 'downtime-sheet',
      detail: { appointments: rows.length },
    });
    const layout = { headerTemplate: '<span></span>', footerTemplate: '<span></span>', paper: paperSize };
    return { html, rows, date, words, layout };
  }

  async function print(ctx: RequestContext) {
    const { html, rows, words, layout } = await prepare(ctx);
    const { printed } = await deps.platform.print(html, {
      ...layout,
      title: words.t('title'),
      footerText: words.t('title'),
    });
    return { done: printed, appointments: rows.length, fileName: null };
  }

  async function save(ctx: RequestContext) {
    const { html, rows, date, layout } = await prepare(ctx);
    const path = await deps.platform.chooseSavePath(`downtime-${date}.pdf`);
    if (path === null) return { done: false, appointments: rows.length, fileName: null };
    writePrivateFile(path, await deps.platform.renderPdf(html, layout));
    return { done: true, appointments: rows.length, fileName: path.split(/[\\/]/).pop() ?? path };
  }

  return { print, save, prepare };
}
