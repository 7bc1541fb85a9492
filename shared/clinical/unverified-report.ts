import type { ClinicalLibrary } from './schema';
import type { Provenance } from './schema-common';
import { unverifiedPath } from './schema-common';

// Every fact of the library still marked UNVERIFIED, with what would confirm it, for a reviewer's worklist
// (npm run library:unverified). Grouped by file and record, in the library's order.

export interface UnverifiedItem {
  file: string;
  recordId: string;
  recordName: string;
  path: string;
  /** What is not confirmed. */
  issue: string;
  /** What would confirm it ("Confirm: …"), or an empty string when the entry does not say. */
  confirm: string;
}

function items(file: string, records: readonly (Provenance & { id: string })[], name: (r: never) => string) {
  return records.flatMap((record) =>
    record.unverified.map((entry): UnverifiedItem => {
      const path = unverifiedPath(entry);
      const sentence = entry.slice(path.length + 2);
      const at = sentence.search(/\bconfirm\b/i);
      const [issue, confirm] = at === -1 ? [sentence, ''] : [sentence.slice(0, at).trim(), sentence.slice(at).trim()];
      return { file, recordId: record.id, recordName: name(record as never), path, issue, confirm };
    }),
  );
}

export function unverifiedItems(library: ClinicalLibrary): UnverifiedItem[] {
  return [
    ...items('drugs.json', library.drugs, (d: ClinicalLibrary['drugs'][number]) => `${d.genericName} (${d.brandName})`),
    ...items('regimens.json', library.regimens, (r: ClinicalLibrary['regimens'][number]) => r.name),
    ...items(
      'car-t-products.json',
      library.carTProducts,
      (p: ClinicalLibrary['carTProducts'][number]) => `${p.genericName} (${p.brandName})`,
    ),
    ...items(
      'ctcae-grades.json',
      library.ctcaeGrades,
      (g: ClinicalLibrary['ctcaeGrades'][number]) => `${g.term} (CTCAE v5.0)`,
    ),
  ];
}

/** The worklist as plain text: a heading per file and record, one fact per line with what would confirm it. */
export function formatUnverifiedReport(library: ClinicalLibrary): string {
  const all = unverifiedItems(library);
  const { libraryVersion, date } = library.manifest;
  const lines = [`Chairside clinical library ${libraryVersion} (${date}): ${all.length} facts UNVERIFIED.`];
  let file = '';
  let record = '';
  for (const item of all) {
    if (item.file !== file) lines.push('', item.file);
    if (item.file !== file || item.recordId !== record) lines.push(`  ${item.recordName} [${item.recordId}]`);
    [file, record] = [item.file, item.recordId];
    lines.push(`    ${item.path}: ${item.issue}`);
    if (item.confirm) lines.push(`      → ${item.confirm}`);
  }
  return lines.join('\n');
}
