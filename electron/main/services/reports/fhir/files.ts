import { basename, dirname, join } from 'node:path';
import type { ExportResult, FhirExportInput } from '../../../../../shared/ipc/contract/reports';
import type { CoreDeps } from '../../../core/deps';
import { notFound } from '../../../core/errors';
import type { RequestContext } from '../../../core/router';
import { findPatient } from '../../../repositories/patients';
import { writePrivateFile } from '../../../store/files';
import { clinicTimeZone } from '../../center/clinic-clock';
import { readLabLoincCodes } from '../../center/lab-codes';
import { createSettingsService } from '../../center/settings';
import { collectFhir, type FhirExport } from './collect';
import type { FhirContext, FhirResource } from './resources';

// The FHIR R4 export written where the user chooses, like the CSV files: either one Bundle (type `collection`,
// each entry's fullUrl under the center's FHIR base so relative references resolve inside it) or a Bulk Data-
// style set: the manifest the user names, and beside it one NDJSON file per resource type that has any. It
// carries patient records off the workstation, so it is audited: who, what, the range, the patient when one
// was chosen, how many resources of each type and the file name (never the folder, which may name a person).

/** A whole history reads between these days: before any record and after any booking Chairside can hold. */
const HISTORY_FROM = '1900-01-01';
const HISTORY_TO = '2999-12-31';

/** The days the export covers: the range chosen, or the widest bounds for one patient's whole history. */
function scopeOf(input: FhirExportInput) {
  return input.wholeHistory
    ? { patientId: input.patientId, from: HISTORY_FROM, to: HISTORY_TO, wholeHistory: true }
    : { patientId: input.patientId, from: input.from, to: input.to, wholeHistory: false };
}

/** The words the Bundle id, the manifest and the file name use for what was exported. */
const coverage = (input: FhirExportInput) => (input.wholeHistory ? 'history' : `${input.from}-${input.to}`);

interface Written {
  bytes: string;
  extra: Map<string, string>;
  files: string[];
}

function bundle(data: FhirExport, input: FhirExportInput, ctx: FhirContext, now: string): Written {
  const entry = [...data.byType.values()]
    .flat()
    .map((resource) => ({ fullUrl: `${ctx.baseUrl}/${resource.resourceType}/${resource.id}`, resource }));
  const doc = {
    resourceType: 'Bundle',
    id: `chairside-${input.wholeHistory ? 'patient-history' : coverage(input)}`,
    type: 'collection',
    timestamp: now,
    entry,
  };
  return { bytes: `${JSON.stringify(doc, null, 2)}\n`, extra: new Map(), files: [] };
}

const ndjson = (resources: readonly FhirResource[]) => resources.map((r) => `${JSON.stringify(r)}\n`).join('');

/** The manifest follows the Bulk Data export's: `url` names each file beside it (no server to fetch from). */
function ndjsonSet(data: FhirExport, input: FhirExportInput, manifestName: string, now: string): Written {
  const stem = manifestName.replace(/\.json$/i, '');
  const extra = new Map<string, string>();
  const output: { type: string; url: string; count: number }[] = [];
  for (const [type, resources] of data.byType) {
    if (resources.length === 0) continue;
    const file = `${stem}.${type}.ndjson`;
    extra.set(file, ndjson(resources));
    output.push({ type, url: file, count: resources.length });
  }
  const scope = input.patientId ? `Patient/${input.patientId}` : 'all patients';
  const manifest = {
    transactionTime: now,
    request: `Chairside FHIR R4 export, ${input.wholeHistory ? 'whole history' : `${input.from} to ${input.to}`}, ${scope}`,
    requiresAccessToken: false,
    output,
    error: [],
  };
  return { bytes: `${JSON.stringify(manifest, null, 2)}\n`, extra, files: [...extra.keys()] };
}

export function createFhirExport(deps: CoreDeps) {
  const settings = createSettingsService(deps);

  async function context(): Promise<FhirContext> {
    const { fhirMrnSystem, fhirBaseUrl } = await settings.get();
    const labCodes = await readLabLoincCodes(deps.store.db);
    return { mrnSystem: fhirMrnSystem, baseUrl: fhirBaseUrl, timeZone: clinicTimeZone(), labCodes };
  }

  /** The resources of the scope, by type (the tests and the save below read the same). */
  async function resources(input: FhirExportInput): Promise<FhirExport> {
    if (input.patientId !== null && !(await findPatient(deps.store.db, input.patientId))) {
      throw notFound('patient-not-found', 'The patient');
    }
    return collectFhir(deps, scopeOf(input), await context());
  }

  async function save(input: FhirExportInput, ctx: RequestContext): Promise<ExportResult> {
    const data = await resources(input);
    const kind = input.format === 'bundle' ? 'bundle' : 'ndjson';
    const who = input.patientId ? 'patient-' : '';
    const path = await deps.platform.chooseSavePath(`fhir-${kind}-${who}${coverage(input)}.json`);
    if (path === null) return { done: false, rows: 0, fileName: null };
    const fileName = basename(path);
    const now = deps.now().toISOString();
    const written =
      input.format === 'bundle' ? bundle(data, input, await context(), now) : ndjsonSet(data, input, fileName, now);
    for (const [file, text] of written.extra) writePrivateFile(join(dirname(path), file), text);
    writePrivateFile(path, written.bytes);
    const counts = Object.fromEntries([...data.byType].map(([type, list]) => [type, list.length]));
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    const detail = {
      kind: `fhir-${kind}`,
      from: input.wholeHistory ? null : input.from,
      to: input.wholeHistory ? null : input.to,
      wholeHistory: input.wholeHistory,
      patientId: input.patientId,
      rows,
      counts,
      files: written.files,
    };
    await deps.write(ctx, (_tx, { audit }) =>
      audit({
        patientId: input.patientId,
        action: 'export',
        objectType: 'report',
        objectId: fileName,
        detail,
      }),
    );
    return { done: true, rows, fileName };
  }

  return { resources, save };
}
