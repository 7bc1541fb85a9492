import { randomUUID } from 'node:crypto';
import type { PatientLabs } from '../../../../shared/ipc/contract/labs';
import { checkLabResult, type CheckedLabResult, type LabResultInput } from '../../../../shared/labs/entry';
import type { Locale } from '../../../../shared/ipc/schemas';
import type { IpcIssue } from '../../../../shared/ipc/result';
import { englishCount } from '../../../../shared/text/english';
import type { CoreDeps } from '../../core/deps';
import { AppError, conflict, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findLabResult, insertLabResult, labResultsOf, voidLabResult } from '../../repositories/labs';
import type { Executor } from '../audit/audit';
import { clinicToday } from '../center/clinic-clock';
import { requireSignedIn } from '../auth/session';
import { liveDosesOfPatient } from '../../repositories/patient-appointments';
import { patientExists } from '../../repositories/patients';

// Lab results: entered by hand or from a lab system's CSV, checked in main exactly as the screen's preview
// checked them (one shared reader), all rows or none. Every entry and void is audited with the patient.

export interface EnterLabsInput {
  patientId: string;
  results: LabResultInput[];
  method: 'hand' | 'csv';
  locale: Locale;
}

async function dosesOf(ex: Executor, patientId: string) {
  const rows = await liveDosesOfPatient(ex, patientId);
  return rows.map((r) => ({ date: r.date, label: `${r.dose_number}` }));
}

async function patientLabs(ex: Executor, patientId: string): Promise<PatientLabs> {
  return { patientId, results: await labResultsOf(ex, patientId), doses: await dosesOf(ex, patientId) };
}

/**
 * Every row read, or one refusal listing each row's problems by field: each its reason and what it names (the
 * screen words it in the reader's language), with the row counted from 1 and the English sentence for the log.
 */
function checkAll(input: EnterLabsInput, today: string): CheckedLabResult[] {
  const checked = input.results.map((r) => checkLabResult(r, input.locale, today));
  const issues: IpcIssue[] = checked.flatMap((c, row) =>
    c.ok
      ? []
      : c.problems.map((p) => ({
          path: `results.${row}.${p.field}`,
          message: p.message,
          code: p.code,
          params: { ...p.params, row: row + 1 },
        })),
  );
  if (issues.length > 0) {
    const message = `Nothing was saved: ${englishCount(issues.length, 'problem')} in the results.`;
    throw new AppError('invalid', message, issues);
  }
  return checked.map((c) => (c as { ok: true; result: CheckedLabResult }).result);
}

export function createLabs(deps: CoreDeps) {
  const db = deps.store.db;

  async function requirePatient(ex: Executor, patientId: string) {
    if (!(await patientExists(ex, patientId))) throw notFound('patient-not-found', 'The patient');
  }

  async function list(patientId: string): Promise<PatientLabs> {
    await requirePatient(db, patientId);
    return patientLabs(db, patientId);
  }

  async function enter(input: EnterLabsInput, ctx: RequestContext): Promise<PatientLabs> {
    requireSignedIn(ctx, 'Entering lab results');
    const results = checkAll(input, clinicToday(deps));
    await deps.write(ctx, async (trx, { at, audit }) => {
      await requirePatient(trx, input.patientId);
      const ids: string[] = [];
      for (const r of results) {
        const id = randomUUID();
        ids.push(id);
        await insertLabResult(trx, {
          id,
          patient_id: input.patientId,
          analyte: r.analyte,
          drawn_at: r.drawnAt,
          value_text: r.valueText,
          value_number: r.valueNumber,
          comparator: r.comparator,
          unit: r.unit,
          ref_low: r.refLow,
          ref_high: r.refHigh,
          first_unit_value: r.firstUnitValue,
          first_unit_ref_low: r.firstUnitRefLow,
          first_unit_ref_high: r.firstUnitRefHigh,
          entry_method: input.method,
          entered_by: ctx.userId,
          entered_at: at,
          workstation: ctx.workstation,
          voided_at: null,
          voided_by: null,
          void_reason: null,
        });
      }
      await audit({
        patientId: input.patientId,
        action: 'labs.enter',
        objectType: 'patient',
        objectId: input.patientId,
        detail: { method: input.method, resultIds: ids, analytes: results.map((r) => r.analyte) },
      });
    });
    return patientLabs(db, input.patientId);
  }

  async function voidResult(resultId: string, reason: string, ctx: RequestContext): Promise<PatientLabs> {
    requireSignedIn(ctx, 'Voiding a lab result');
    const patientId = await deps.write(ctx, async (trx, { at, audit }) => {
      const row = await findLabResult(trx, resultId);
      if (!row) throw notFound('lab-result-not-found', 'The lab result');
      if (row.voided_at !== null) throw conflict('lab-result-voided', 'This result is already voided.');
      await voidLabResult(trx, resultId, at, ctx.userId, reason);
      await audit({
        patientId: row.patient_id,
        action: 'labs.void',
        objectType: 'lab-result',
        objectId: resultId,
        detail: { reason, analyte: row.analyte, value: row.value_text, unit: row.unit },
      });
      return row.patient_id;
    });
    return patientLabs(db, patientId);
  }

  return { list, enter, voidResult };
}
