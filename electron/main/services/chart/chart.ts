import type { AuditAction } from '../../../../shared/audit/codes';
import { randomUUID } from 'node:crypto';
import { chartSignAction, type ChartEntry, type ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import type { UnitOfWork } from '../../core/unit-of-work';
import { AppError, conflict, forbidden, invalid, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import {
  findEntry,
  findEntryByRequest,
  lockEntry,
  insertEntry,
  toChartEntry,
  updateDraft,
  type ChartEntryRecord,
} from '../../repositories/chart';
import { storedContentHash } from '../../repositories/signed-content';
import { lockClientRequest } from '../../store/request-lock';
import type { Executor } from '../audit/audit';
import { chartKindOf, validatePayload } from './chart-kinds';
import { requireSignedIn } from '../auth/session';
import { appointmentPatientId } from '../../repositories/patient-appointments';
import { patientExists } from '../../repositories/patients';

// Drafts, signatures and corrections. Every write runs in one transaction with its audit event. A repeated
// request (same clientRequestId) answers what the first one stored and writes nothing; a request that would
// change a signed entry answers `conflict` and writes nothing (and the triggers would refuse it anyway).

export interface SaveDraftInput {
  id?: string | undefined;
  patientId: string;
  appointmentId: string | null;
  kind: string;
  payload: ChartPayload;
  clientRequestId: string;
  expectedUpdatedAt?: string | undefined;
  /** A new draft's id chosen on this workstation (a draft kept in the outbox while the server was away). */
  createId?: string | undefined;
  /** A draft sent from the outbox: when the nurse typed it (the unit's time is when it reached the server). */
  typedAt?: string | undefined;
}

export interface SignInput {
  id: string;
  clientRequestId: string;
  expectedUpdatedAt?: string | undefined;
  verificationToken?: string | undefined;
}

export interface CorrectInput {
  id: string;
  payload: ChartPayload;
  reason: string;
  clientRequestId: string;
}

/**
 * What the clinical layer adds to a signature or correction, inside its transaction: `finalize` puts main's
 * own parts into the payload before it is checked against the kind's signed schema (times and rates read
 * from the infusion events, say), `after` writes what the signed entry changes (the visit's phase).
 */
export interface SignHooks {
  finalize?: (trx: Executor, payload: ChartPayload, row: ChartEntryRecord) => Promise<ChartPayload>;
  after?: (trx: Executor, row: ChartEntryRecord, unit: UnitOfWork) => Promise<void>;
}

export const signedIsFinal = (): AppError =>
  conflict(
    'entry-signed',
    'This entry is signed and can no longer be changed: add a correction with a reason instead.',
  );
const requestReused = (): AppError =>
  conflict('request-reused', 'This request id was already used for a different change.');
const staleDraft = (): AppError =>
  conflict('draft-stale', 'This draft was saved again since you opened it: reload it before saving or signing.');

/** The audit event of a change to a chart entry (the unit stamps the time, the nurse and the workstation). */
const entryEvent = (row: { id: string; patient_id: string }, action: AuditAction, detail: unknown) => ({
  patientId: row.patient_id,
  action,
  objectType: 'chart_entry' as const,
  objectId: row.id,
  detail,
});

/** The audit detail's typing time of a draft sent from the outbox; nothing for a draft saved as it is typed. */
const typedAtOf = (input: SaveDraftInput) => (input.typedAt ? { typedAt: input.typedAt } : {});

async function mustFind(trx: Executor, id: string): Promise<ChartEntryRecord> {
  const row = await findEntry(trx, id);
  if (!row) throw notFound('chart-entry-not-found', 'The chart entry');
  return row;
}

async function checkLinks(trx: Executor, patientId: string, appointmentId: string | null): Promise<void> {
  if (!(await patientExists(trx, patientId))) throw notFound('patient-not-found', 'The patient');
  if (appointmentId === null) return;
  const owner = await appointmentPatientId(trx, appointmentId);
  if (owner === undefined) throw notFound('appointment-not-found', 'The appointment');
  if (owner !== patientId)
    throw invalid('appointmentId', 'appointment-other-patient', 'This appointment is for another patient');
}

export function createChartService(deps: CoreDeps) {
  const { store, verifications } = deps;

  async function createDraft(trx: Executor, input: SaveDraftInput, authorId: string, { at, audit }: UnitOfWork) {
    await checkLinks(trx, input.patientId, input.appointmentId);
    const id = input.createId ?? randomUUID();
    const row = {
      id,
      entry_id: id,
      patient_id: input.patientId,
      appointment_id: input.appointmentId,
      kind: input.kind,
      status: 'draft',
      version: 1,
      supersedes_id: null,
      payload: JSON.stringify(input.payload),
      author_id: authorId,
      created_at: at,
      updated_at: at,
      signed_by: null,
      signed_at: null,
      verified_by: null,
      verified_at: null,
      correction_reason: null,
      client_request_id: input.clientRequestId,
    };
    await insertEntry(trx, row);
    await audit(entryEvent(row, 'create', { kind: input.kind, status: 'draft', ...typedAtOf(input) }));
    return id;
  }

  async function updateExisting(
    trx: Executor,
    input: SaveDraftInput & { id: string },
    authorId: string,
    { at, audit }: UnitOfWork,
  ) {
    const row = await mustFind(trx, input.id);
    if (row.status === 'signed') throw signedIsFinal();
    if (row.author_id !== authorId)
      throw forbidden('draft-not-yours', 'Only the nurse who started this draft can change it.');
    if (row.patient_id !== input.patientId)
      throw invalid('patientId', 'draft-other-patient', 'This draft is for another patient');
    if (row.kind !== input.kind) throw invalid('kind', 'draft-other-kind', 'This draft is of another kind');
    if (input.expectedUpdatedAt && input.expectedUpdatedAt !== row.updated_at) throw staleDraft();
    await checkLinks(trx, input.patientId, input.appointmentId);
    const payload = JSON.stringify(input.payload);
    await updateDraft(trx, row.id, {
      payload,
      appointment_id: input.appointmentId,
      updated_at: at,
      client_request_id: input.clientRequestId,
    });
    await audit(entryEvent(row, 'update', { kind: row.kind, status: 'draft', ...typedAtOf(input) }));
    return row.id;
  }

  /** Creates or autosaves a draft; a repeated request answers the draft as stored. */
  async function saveDraft(input: SaveDraftInput, ctx: RequestContext): Promise<ChartEntry> {
    const authorId = requireSignedIn(ctx, 'Charting');
    const payload = validatePayload(chartKindOf(input.kind).draftSchema, input.payload);
    const id = await deps.write(ctx, async (trx, unit) => {
      if (input.id) await lockEntry(trx, input.id);
      else await lockClientRequest(trx, input.clientRequestId);
      const earlier = await findEntryByRequest(trx, input.clientRequestId);
      if (earlier) {
        const same =
          earlier.author_id === authorId &&
          earlier.patient_id === input.patientId &&
          earlier.kind === input.kind &&
          (input.id ?? earlier.id) === earlier.id;
        if (!same) throw requestReused();
        return earlier.id;
      }
      const next = { ...input, payload };
      return next.id
        ? updateExisting(trx, { ...next, id: next.id }, authorId, unit)
        : createDraft(trx, next, authorId, unit);
    });
    return toChartEntry((await findEntry(store.db, id))!);
  }

  /** Draft → signed by its author; consumes the second nurse's verification when one is given or needed. */
  async function sign(input: SignInput, ctx: RequestContext, hooks: SignHooks = {}): Promise<ChartEntry> {
    const userId = requireSignedIn(ctx, 'Signing');
    await deps.write(ctx, async (trx, unit) => {
      const { at, audit } = unit;
      await lockEntry(trx, input.id);
      const earlier = await findEntryByRequest(trx, input.clientRequestId);
      if (earlier) {
        if (earlier.id === input.id && earlier.status === 'signed') return;
        throw requestReused();
      }
      const row = await mustFind(trx, input.id);
      if (row.status === 'signed') throw signedIsFinal();
      if (row.author_id !== userId)
        throw forbidden('draft-sign-not-yours', 'Only the nurse who wrote this draft can sign it.');
      if (input.expectedUpdatedAt && input.expectedUpdatedAt !== row.updated_at) throw staleDraft();
      const kind = chartKindOf(row.kind);
      const stored = JSON.parse(row.payload) as ChartPayload;
      const payload = validatePayload(kind.schema, hooks.finalize ? await hooks.finalize(trx, stored, row) : stored);
      const verifiedBy = secondNurse(kind.requiresSecondUser, input, row.id, userId);
      await updateDraft(trx, row.id, {
        payload: JSON.stringify(payload),
        status: 'signed',
        signed_by: userId,
        signed_at: at,
        updated_at: at,
        verified_by: verifiedBy,
        verified_at: verifiedBy ? at : null,
        client_request_id: input.clientRequestId,
      });
      const contentHash = await storedContentHash(trx, row.id);
      await audit(entryEvent(row, 'sign', { kind: row.kind, version: row.version, verifiedBy, contentHash }));
      if (hooks.after) await hooks.after(trx, await mustFind(trx, row.id), unit);
    });
    return toChartEntry((await findEntry(store.db, input.id))!);
  }

  function secondNurse(required: boolean, input: SignInput, id: string, userId: string): string | null {
    if (input.verificationToken) return verifications.consume(input.verificationToken, chartSignAction(id), userId);
    if (!required) return null;
    throw new AppError('forbidden', 'This entry needs an independent check by a second nurse before it is signed.', [
      { path: 'verificationToken', message: 'A second nurse must verify', code: 'second-nurse-required' },
    ]);
  }

  /** A new signed version superseding the current one, with a reason; the old version stays as it was. */
  async function correct(input: CorrectInput, ctx: RequestContext, hooks: SignHooks = {}): Promise<ChartEntry> {
    const userId = requireSignedIn(ctx, 'Correcting');
    const id = await deps.write(ctx, async (trx, unit) => {
      const { at, audit } = unit;
      await lockEntry(trx, input.id);
      const earlier = await findEntryByRequest(trx, input.clientRequestId);
      if (earlier) {
        if (earlier.supersedes_id === input.id) return earlier.id;
        throw requestReused();
      }
      const row = await mustFind(trx, input.id);
      if (row.status !== 'signed')
        throw conflict('draft-not-corrected', 'A draft is not corrected: save the draft again instead.');
      if (row.is_current !== 1)
        throw conflict('entry-superseded', 'A newer version of this entry exists: correct the current version.');
      const given = hooks.finalize ? await hooks.finalize(trx, input.payload, row) : input.payload;
      const payload = validatePayload(chartKindOf(row.kind).schema, given);
      const next = {
        ...row,
        id: randomUUID(),
        version: row.version + 1,
        supersedes_id: row.id,
        payload: JSON.stringify(payload),
        author_id: userId,
        created_at: at,
        updated_at: at,
        signed_by: userId,
        signed_at: at,
        verified_by: null,
        verified_at: null,
        correction_reason: input.reason,
        client_request_id: input.clientRequestId,
      };
      const { is_current: _current, ...insertable } = next;
      await insertEntry(trx, insertable);
      const contentHash = await storedContentHash(trx, next.id);
      await audit(
        entryEvent(next, 'correct', { kind: row.kind, version: next.version, supersedesId: row.id, contentHash }),
      );
      if (hooks.after) await hooks.after(trx, await mustFind(trx, next.id), unit);
      return next.id;
    });
    return toChartEntry((await findEntry(store.db, id))!);
  }

  return { saveDraft, sign, correct };
}
