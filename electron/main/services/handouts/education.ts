import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { HandoutLibrary } from '../../../../shared/handouts/schema';
import { EDUCATION_DELIVERIES, paperSize, type EducationRecord } from '../../../../shared/ipc/contract/handouts';
import { locale } from '../../../../shared/ipc/schemas';
import type { CoreDeps } from '../../core/deps';
import type { RequestContext } from '../../core/router';
import { insertEntry, listCurrentEntries, type ChartEntryRecord } from '../../repositories/chart';
import { displayNamesOf } from '../../repositories/users';
import { registerChartKind } from '../chart/chart-kinds';
import { findSheet } from './handout-catalog';

// "Education given" is a chart entry of kind `education`, signed by the nurse who printed or saved the sheet
// at that moment (ASCO-ONS: patient education is documented, with the written material given). The entry
// and its audit event (`print`, or `export` for a saved file) are written in one transaction.

export const EDUCATION_KIND = 'education';

export const educationPayload = z
  .object({
    delivery: z.enum(EDUCATION_DELIVERIES),
    sheets: z.array(z.string().min(1).max(60)).min(1).max(4),
    language: locale,
    paper: paperSize,
    walletCard: z.boolean(),
    /** What exactly was handed over: the facts version and the text version printed on the sheet. */
    sheetVersion: z.string().min(1).max(40),
    contentVersion: z.string().min(1).max(40),
  })
  .strict();
export type EducationPayload = z.infer<typeof educationPayload>;

registerChartKind(EDUCATION_KIND, educationPayload);

export interface EducationGiven extends EducationPayload {
  patientId: string;
  nurseId: string;
}

function toRecord(content: HandoutLibrary, row: ChartEntryRecord, nurseName: string): EducationRecord | null {
  const payload = educationPayload.safeParse(JSON.parse(row.payload));
  if (!payload.success) return null;
  const { delivery, sheets, language, walletCard } = payload.data;
  return {
    id: row.entry_id,
    patientId: row.patient_id,
    givenAt: row.signed_at ?? row.created_at,
    delivery,
    sheets: sheets.map((id) => findSheet(content, id) ?? { id, kind: 'checkpoint', names: { en: id, fr: id } }),
    language,
    walletCard,
    nurseId: row.signed_by ?? row.author_id,
    nurseName,
  };
}

export function createEducationLog(deps: CoreDeps) {
  const { store } = deps;

  const nurseNames = (ids: readonly string[]) => displayNamesOf(store.db, ids);

  /** Writes the signed education entry and the audit event together; answers the chart line. */
  async function record(given: EducationGiven, ctx: RequestContext): Promise<EducationRecord> {
    const { patientId, nurseId, ...fields } = given;
    const payload = educationPayload.parse(fields);
    const id = randomUUID();
    const entryRow = (at: string) => ({
      id,
      entry_id: id,
      patient_id: patientId,
      appointment_id: null,
      kind: EDUCATION_KIND,
      status: 'signed',
      version: 1,
      supersedes_id: null,
      payload: JSON.stringify(payload),
      author_id: nurseId,
      created_at: at,
      updated_at: at,
      signed_by: nurseId,
      signed_at: at,
      verified_by: null,
      verified_at: null,
      correction_reason: null,
      client_request_id: `education-${id}`,
    });
    const row = await deps.write(ctx, async (trx, { at, audit }) => {
      const written = entryRow(at);
      await insertEntry(trx, written);
      await audit({
        patientId,
        action: payload.delivery === 'print' ? 'print' : 'export',
        objectType: 'chart_entry',
        objectId: id,
        detail: { kind: EDUCATION_KIND, ...payload },
      });
      return written;
    });
    const names = await nurseNames([nurseId]);
    return toRecord(deps.handouts, { ...row, is_current: 1 }, names.get(nurseId) ?? nurseId)!;
  }

  /** The patient's latest education entries, newest first; reading the chart is audited like any chart read. */
  async function list(patientId: string, limit: number, ctx: RequestContext): Promise<EducationRecord[]> {
    const rows = await deps.write(ctx, async (trx, { audit }) => {
      const found = (await listCurrentEntries(trx, { patientId, kind: EDUCATION_KIND }))
        .filter((r) => r.status === 'signed')
        .slice(0, limit);
      await audit({
        patientId,
        action: 'read',
        objectType: 'chart',
        objectId: null,
        detail: { kind: EDUCATION_KIND, entries: found.length },
      });
      return found;
    });
    const names = await nurseNames([...new Set(rows.map((r) => r.signed_by ?? r.author_id))]);
    return rows
      .map((r) => toRecord(deps.handouts, r, names.get(r.signed_by ?? r.author_id) ?? ''))
      .filter((r): r is EducationRecord => r !== null);
  }

  return { record, list };
}
