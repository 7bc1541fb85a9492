import type { ClinicalLibrary, Drug, InfusionMinutes, Regimen } from '../../../../shared/clinical';
import { checkLibraryIntegrity } from '../../../../shared/clinical';
import { centerRegimenRecord } from '../../../../shared/ipc/contract/library-overrides';
import type { IpcIssue } from '../../../../shared/ipc/result';
import { parseWithWords } from '../../../../shared/ipc/validation-words';

// The rules a center regimen must meet beyond its schema: the library's cross-record integrity rules (every
// drug exists, IV and SC never mixed, the slot fits the route) and chair time that fits the center's day.

/** Chair time of each phase's visits against the center's longest opening day. */
export function chairTimeIssues(
  regimen: Regimen,
  drugs: ReadonlyMap<string, Drug>,
  longestDayMinutes: number,
): IpcIssue[] {
  const issues: IpcIssue[] = [];
  const tooLong = `is longer than the center's longest opening day (${longestDayMinutes} min)`;
  regimen.phases.forEach((phase, p) => {
    let firstVisit = 0;
    phase.items.forEach((item, i) => {
      const minutes: InfusionMinutes | undefined = item.infusionMinutes ?? drugs.get(item.drugId)?.infusionMinutes;
      if (item.infusionMinutes) {
        for (const key of ['first', 'subsequent'] as const) {
          if (item.infusionMinutes[key] > longestDayMinutes) {
            issues.push({ path: `phases.${p}.items.${i}.infusionMinutes.${key}`, message: `The infusion ${tooLong}` });
          }
        }
      }
      firstVisit += minutes?.first ?? 0;
    });
    if (firstVisit > longestDayMinutes) {
      issues.push({
        path: `phases.${p}.items`,
        message: `The infusions of one visit (${firstVisit} min in all) ${tooLong}`,
      });
    }
  });
  return issues;
}

/**
 * Every problem with a center regimen against the given (effective) library, as field issues relative to
 * the regimen ("phases.0.items.1.drugId"). Empty when it can be used.
 */
export function centerRegimenIssues(record: unknown, library: ClinicalLibrary, longestDayMinutes: number): IpcIssue[] {
  const parsed = parseWithWords(centerRegimenRecord, record);
  if (!parsed.success) return parsed.issues;
  const regimen = parsed.data;
  const integrity = checkLibraryIntegrity({ ...library, regimens: [regimen] })
    .filter((issue) => issue.recordId === regimen.id)
    .map((issue) => ({ path: issue.path, message: issue.message }));
  const drugs = new Map(library.drugs.map((drug) => [drug.id, drug]));
  return [...integrity, ...chairTimeIssues(regimen, drugs, longestDayMinutes)];
}
