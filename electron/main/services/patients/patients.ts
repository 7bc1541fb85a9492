import type { AuditAction } from '../../../../shared/audit/codes';
import { randomUUID } from 'node:crypto';
import type { Patient, PatientChanges, PatientDraft, PatientSummary } from '../../../../shared/ipc/contract/patients';
import { normaliseMrn } from '../../../../shared/patients/search';
import type { CoreDeps } from '../../core/deps';
import { notFound, refusal } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import {
  findPatient,
  findPatientIdByMrn,
  insertPatient,
  searchByMrnPart,
  searchByMrnPrefix,
  searchByName,
  updatePatientRow,
  type PatientFields,
} from '../../repositories/patients';
import { conflictOn, diffFields, invalidFields, isUniqueViolation } from '../audit/audit-diff';
import { patientIssues } from './patient-rules';
import { clinicToday } from '../center/clinic-clock';

// Free text kept out of the audit detail: the event says notes changed, not what they say.
const REDACTED: ReadonlyArray<keyof PatientFields> = ['notes'];

const duplicateMrn = () => conflictOn('mrn', 'mrn-taken', 'Another patient already has this MRN');

function fieldsOf(p: Patient): PatientFields {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = p;
  return fields;
}

export function createPatientService(deps: CoreDeps) {
  const db = deps.store.db;
  const today = () => clinicToday(deps);

  function check(fields: PatientFields): void {
    const issues = patientIssues(fields, today());
    if (issues.length > 0) throw invalidFields(issues);
  }

  /** The audit event of a create or an update: what changed, free text redacted. */
  const patientEvent = (action: AuditAction, before: Patient | null, after: Patient) => ({
    patientId: after.id,
    action,
    objectType: 'patient' as const,
    objectId: after.id,
    detail: diffFields(before && fieldsOf(before), fieldsOf(after), REDACTED),
  });

  async function create(draft: PatientDraft, ctx: RequestContext): Promise<Patient> {
    check(draft);
    const id = randomUUID();
    return guardUnique(() =>
      deps.write(ctx, async (trx, { at, audit }) => {
        if (await findPatientIdByMrn(trx, draft.mrn)) throw duplicateMrn();
        await insertPatient(trx, id, draft, at);
        const created = { id, ...draft, createdAt: at, updatedAt: at };
        await audit(patientEvent('create', null, created));
        return created;
      }),
    );
  }

  async function update(
    id: string,
    changes: PatientChanges,
    expectedUpdatedAt: string | undefined,
    ctx: RequestContext,
  ) {
    return guardUnique(() =>
      deps.write(ctx, async (trx, { at, audit }) => {
        const before = await findPatient(trx, id);
        if (!before) throw notFound('patient-not-found', 'The patient');
        if (expectedUpdatedAt && expectedUpdatedAt !== before.updatedAt) {
          throw refusal(
            'conflict',
            'patient-changed',
            'This patient was changed elsewhere since you opened it. Reload to see the change.',
          );
        }
        const merged: PatientFields = { ...fieldsOf(before), ...stripUndefined(changes) };
        check(merged);
        if (merged.mrn !== before.mrn && (await findPatientIdByMrn(trx, merged.mrn))) throw duplicateMrn();
        const diff = diffFields(fieldsOf(before), merged);
        if (diff.changed.length === 0) return before;
        await updatePatientRow(trx, id, merged, at);
        const after: Patient = { ...merged, id, createdAt: before.createdAt, updatedAt: at };
        await audit(patientEvent('update', before, after));
        return after;
      }),
    );
  }

  async function get(id: string): Promise<Patient> {
    const found = await findPatient(db, id);
    if (!found) throw notFound('patient-not-found', 'The patient');
    return found;
  }

  /** Exact and prefix MRN matches first, then names, then MRNs containing the digits typed. */
  async function search(query: string, limit: number): Promise<PatientSummary[]> {
    const mrnKey = normaliseMrn(query);
    const groups = [
      mrnKey ? await searchByMrnPrefix(db, mrnKey, limit) : [],
      await searchByName(db, query, limit),
      mrnKey.length >= 3 && /\d/.test(mrnKey) ? await searchByMrnPart(db, mrnKey, limit) : [],
    ];
    const seen = new Set<string>();
    const merged = groups.flat().filter((p) => !seen.has(p.id) && seen.add(p.id));
    return merged.slice(0, limit);
  }

  return { create, update, get, search };
}

/** Two workstations saving the same MRN at once: the UNIQUE constraint decides, reported like the check. */
async function guardUnique<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateMrn();
    throw error;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
