import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createFhirExport } from '../services/reports/fhir/files';
import { createReports } from '../services/reports/report-files';

type ReportsChannel = Extract<keyof Handlers, `reports:${string}`>;

// Charge nurses and administrators (access 'manage' in the contract); every view and file is audited in
// services/reports/report-files.ts.
export function reportsHandlers(deps: CoreDeps): Pick<Handlers, ReportsChannel> {
  const reports = createReports(deps);
  const fhir = createFhirExport(deps);
  return {
    'reports:summary': (input, ctx) => reports.view(input, ctx),
    'reports:save-pdf': (input, ctx) => reports.savePdf(input, input.language, ctx),
    'reports:export-section': (input, ctx) => reports.exportSection(input, input.section, ctx),
    'reports:export-csv': (input, ctx) => reports.exportCsv(input, input.dataset, ctx),
    'reports:export-fhir': (input, ctx) => fhir.save(input, ctx),
  };
}
