import { basename } from 'node:path';
import type { ExportDataset, ExportResult, ReportRange, ReportSection } from '../../../../shared/ipc/contract/reports';
import type { Locale } from '../../../../shared/ipc/schemas';
import { SECTION_TABLES } from '../../../../shared/reports/tables';
import { reportText } from '../../../../shared/reports/text';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { writePrivateFile } from '../../store/files';
import { recordRead } from '../audit/read-audit';
import { reportSummary } from './reports';
import { datasetCsv, toCsv } from './reports-csv';
import { createSettingsService } from '../center/settings';

// The Reports screen's actions. Looking at a report is a read of many patients' records, and a saved file
// carries them off the workstation, so each is audited: the view as a read, every file as an `export` naming
// what (report, section or dataset), the range, the row count and the file name the user chose (never the
// folder, which may name a person). Files are written where the user chooses, owner-only (0600).

export function createReports(deps: CoreDeps) {
  const settings = createSettingsService(deps);

  async function view(range: ReportRange, ctx: RequestContext) {
    const summary = await reportSummary(deps, range);
    await recordRead(deps, ctx, { objectType: 'report', objectId: `${range.from}/${range.to}`, view: 'center-report' });
    return summary;
  }

  async function audited(what: Record<string, unknown>, fileName: string, ctx: RequestContext) {
    await deps.write(ctx, (_tx, { audit }) =>
      audit({
        action: 'export',
        objectType: 'report',
        objectId: fileName,
        detail: what,
      }),
    );
  }

  /** Asks where to save, writes the bytes, records the export; `done: false` when the user cancels. */
  async function saveFile(
    suggested: string,
    make: () => Promise<{ bytes: string | Uint8Array; rows: number }>,
    what: Record<string, unknown>,
    ctx: RequestContext,
  ): Promise<ExportResult> {
    const path = await deps.platform.chooseSavePath(suggested);
    if (path === null) return { done: false, rows: 0, fileName: null };
    const { bytes, rows } = await make();
    writePrivateFile(path, bytes);
    const fileName = basename(path);
    await audited({ ...what, rows }, fileName, ctx);
    return { done: true, rows, fileName };
  }

  async function savePdf(range: ReportRange, language: Locale, ctx: RequestContext) {
    return saveFile(
      `center-report-${range.from}-${range.to}.pdf`,
      async () => {
        const summary = await reportSummary(deps, range);
        const { centerName, paperSize } = await settings.get();
        const printedAt = deps.now().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
        // The print module brings a server-side DOM and the plotting library: loaded when a report is printed,
        // not when the app starts.
        const { reportHtml } = await import('./reports-print');
        const html = reportHtml(summary, language, { name: centerName, paper: paperSize }, printedAt);
        const layout = { headerTemplate: '<span></span>', footerTemplate: '<span></span>', paper: paperSize };
        return { bytes: await deps.platform.renderPdf(html, layout), rows: summary.utilisation.bookedVisits };
      },
      { kind: 'report-pdf', from: range.from, to: range.to, language },
      ctx,
    );
  }

  async function exportSection(range: ReportRange, section: ReportSection, ctx: RequestContext) {
    return saveFile(
      `report-${section}-${range.from}-${range.to}.csv`,
      async () => {
        const summary = await reportSummary(deps, range);
        const { language } = await settings.get();
        const table = SECTION_TABLES[section](summary, reportText(language));
        const columns = table.columns.map((c) => c.key);
        return { bytes: toCsv(columns, table.rows), rows: table.rows.length };
      },
      { kind: 'report-section-csv', section, from: range.from, to: range.to },
      ctx,
    );
  }

  async function exportCsv(range: ReportRange, dataset: ExportDataset, ctx: RequestContext) {
    return saveFile(
      `${dataset}-${range.from}-${range.to}.csv`,
      async () => {
        const { text, rows } = await datasetCsv(deps, dataset, range);
        return { bytes: text, rows };
      },
      { kind: 'dataset-csv', dataset, from: range.from, to: range.to },
      ctx,
    );
  }

  return { view, savePdf, exportSection, exportCsv };
}
