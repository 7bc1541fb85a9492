import { basename } from 'node:path';
import { formatInstantDate } from '../../../../shared/handouts/format';
import { fillText } from '../../../../shared/handouts/html';
import type { HandoutRenderInput } from '../../../../shared/handouts/input';
import {
  EMPTY_HEADER_TEMPLATE,
  HandoutInputError,
  renderHandoutFooterTemplate,
  renderHandoutHtml,
  resolvePaper,
} from '../../../../shared/handouts/render';
import { CAR_T_SHEET_ID } from '../../../../shared/handouts/schema';
import type {
  EducationRecord,
  HandoutJob,
  HandoutPreview,
  HandoutSetting,
  HandoutSuggestion,
} from '../../../../shared/ipc/contract/handouts';
import { zonedMinuteToUtc } from '../../../../shared/schedule/timezone';
import { writePrivateFile } from '../../store/files';
import type { CoreDeps } from '../../core/deps';
import { AppError, forbidden, invalid } from '../../core/errors';
import type { PdfLayout } from '../../core/platform';
import type { RequestContext } from '../../core/router';
import { clinicTimeZone } from '../center/clinic-clock';
import { createEducationLog } from './education';
import { sheetCatalog, sheetsForRegimen } from './handout-catalog';
import { effectiveLibrary } from '../library/effective-library';
import type { ClinicalLibrary } from '../../../../shared/clinical';
import { loadPatientContext, missingSettings, type PatientContext } from './handout-request';
import { countPdfPages } from './pdf-pages';

// Take-home sheets for one patient: suggest, preview, print, save. The sheet is personalised from the
// database only (never from what the screen sends), rendered by the platform's Chromium, and every print
// or save is recorded in the chart and the audit trail.

const SETTING_LABELS: Record<HandoutSetting, string> = {
  centerName: "the center's name",
  centerPhone24h: "the center's 24-hour phone number",
};

/** The refusal when settings are missing: says what and where, one issue per field. */
function settingsMissing(missing: readonly HandoutSetting[]): AppError {
  const what = missing.map((key) => SETTING_LABELS[key]).join(' and ');
  return new AppError(
    'invalid',
    `Set ${what} in Settings → General before printing: every sheet shows it.`,
    missing.map((path) => ({ path, message: 'Set it in Settings → General', code: 'center-setting-missing' })),
  );
}

interface Prepared {
  input: HandoutRenderInput;
  html: string;
  layout: PdfLayout;
  context: PatientContext;
}

export function createHandoutService(deps: CoreDeps) {
  const content = deps.handouts;
  const education = createEducationLog(deps);
  const timeZone = () => clinicTimeZone();

  // The effective library, so that plans built from a center regimen get their drugs' sheets too.
  function suggestedSheets(context: PatientContext, library: ClinicalLibrary): string[] {
    const ids = context.plans.flatMap((plan) =>
      plan.kind === 'car-t' ? [CAR_T_SHEET_ID] : sheetsForRegimen(content, library, plan.regimenId),
    );
    return [...new Set(ids)].slice(0, 4);
  }

  async function suggest(patientId: string): Promise<HandoutSuggestion> {
    const context = await loadPatientContext(deps, patientId, timeZone());
    const library = await effectiveLibrary(deps);
    const hasCarT = context.plans.some((plan) => plan.carT !== null);
    return {
      patientId,
      language: context.preferredLanguage,
      regimenName: context.plans.length > 0 ? context.plans.map((p) => p.regimenName).join(' + ') : null,
      suggested: suggestedSheets(context, library),
      sheets: sheetCatalog(content).filter((sheet) => sheet.kind !== 'car-t' || hasCarT),
      nextAppointments: context.appointments,
      missingSettings: missingSettings(context.center),
      paper: context.paper,
    };
  }

  function renderInput(context: PatientContext, job: HandoutJob): HandoutRenderInput {
    const zone = timeZone();
    const language = job.language ?? context.preferredLanguage;
    const carTPlan = context.plans.find((plan) => plan.carT !== null)?.carT;
    if (job.sheets.includes(CAR_T_SHEET_ID) && !carTPlan) {
      throw invalid(
        'sheets',
        'car-t-plan-needed',
        'The CAR T sheet needs the patient’s CAR T plan (product and infusion date)',
      );
    }
    return {
      content,
      locale: language,
      sheets: job.sheets,
      patient: { displayName: context.displayName },
      regimenName: context.plans
        .map((p) => p.regimenName)
        .join(' + ')
        .slice(0, 300),
      nextAppointments: context.appointments.map((a) => ({
        start: zonedMinuteToUtc(a.date, a.start, zone).toISOString(),
        timeZone: zone,
      })),
      center: context.center,
      ...(carTPlan ? { carT: { productId: carTPlan.productId, infusionDate: carTPlan.day0 } } : {}),
      printedAt: deps.now().toISOString(),
      timeZone: zone,
      sheetVersion: content.facts.meta.contentVersion,
      paper: job.paper ?? context.paper,
      includeWalletCard: job.includeWalletCard,
    };
  }

  async function prepare(job: HandoutJob): Promise<Prepared> {
    const context = await loadPatientContext(deps, job.patientId, timeZone());
    const missing = missingSettings(context.center);
    if (missing.length > 0) throw settingsMissing(missing);
    const input = renderInput(context, job);
    try {
      const html = renderHandoutHtml(input);
      const footerTemplate = renderHandoutFooterTemplate(input);
      return {
        input,
        html,
        context,
        layout: { headerTemplate: EMPTY_HEADER_TEMPLATE, footerTemplate, paper: resolvePaper(input) },
      };
    } catch (error) {
      // Unknown sheet or product ids: the request is wrong, not the app. The issues name ids, never the patient.
      if (error instanceof HandoutInputError) throw invalid('sheets', 'handout-input-refused', error.issues.join('; '));
      throw error;
    }
  }

  async function preview(job: HandoutJob): Promise<HandoutPreview> {
    const { input, html, layout } = await prepare(job);
    const pdf = await deps.platform.renderPdf(html, layout);
    return {
      pdfBase64: Buffer.from(pdf).toString('base64'),
      pageCount: countPdfPages(pdf),
      language: input.locale,
      paper: layout.paper,
    };
  }

  /** Education given is signed by a nurse, so printing for the chart needs one signed in. */
  function nurseOf(ctx: RequestContext): string {
    if (!ctx.userId)
      throw forbidden(
        'sign-in-to-print',
        'Sign in to print or save a sheet: it is recorded in the chart as education given.',
      );
    return ctx.userId;
  }

  function recordGiven(prepared: Prepared, delivery: 'print' | 'save', nurseId: string, ctx: RequestContext) {
    const { input, context } = prepared;
    const main = input.sheets.includes(CAR_T_SHEET_ID)
      ? content.locales[input.locale].carT
      : content.locales[input.locale].checkpointClass;
    return education.record(
      {
        patientId: context.patientId,
        nurseId,
        delivery,
        sheets: input.sheets,
        language: input.locale,
        paper: prepared.layout.paper,
        walletCard: input.includeWalletCard ?? false,
        sheetVersion: input.sheetVersion,
        contentVersion: main.meta.contentVersion,
      },
      ctx,
    );
  }

  async function print(
    job: HandoutJob,
    ctx: RequestContext,
  ): Promise<{ printed: boolean; education: EducationRecord | null }> {
    const prepared = await prepare(job);
    const nurseId = nurseOf(ctx);
    const { ui } = content.locales[prepared.input.locale];
    const printedOn = formatInstantDate(prepared.input.printedAt, ui.intlLocale, prepared.input.timeZone, false);
    const { printed } = await deps.platform.print(prepared.html, {
      ...prepared.layout,
      title: 'Chairside education sheet',
      footerText: `${prepared.context.displayName} — ${fillText(ui.footerPrinted, { date: printedOn })}`,
    });
    if (!printed) return { printed: false, education: null };
    return { printed: true, education: await recordGiven(prepared, 'print', nurseId, ctx) };
  }

  async function save(job: HandoutJob, ctx: RequestContext) {
    const prepared = await prepare(job);
    const nurseId = nurseOf(ctx);
    // The file name never holds the patient's name: file lists and recent-file menus are seen by others.
    const day = prepared.input.printedAt.slice(0, 10);
    const path = await deps.platform.chooseSavePath(
      `education-${job.sheets.join('+')}-${prepared.input.locale}-${day}.pdf`,
    );
    if (path === null) return { saved: false, fileName: null, education: null };
    // Owner-only: a saved sheet names the patient (files 0600 like the database).
    writePrivateFile(path, await deps.platform.renderPdf(prepared.html, prepared.layout));
    return { saved: true, fileName: basename(path), education: await recordGiven(prepared, 'save', nurseId, ctx) };
  }

  return {
    suggest,
    preview,
    print,
    save,
    educationGiven: (patientId: string, limit: number, ctx: RequestContext) => education.list(patientId, limit, ctx),
  };
}
