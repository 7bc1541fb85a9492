import { normalizeForSearch } from '../../../../shared/clinical';
import type { CheckInPayload } from '../../../../shared/charting/kinds-visit';
import type { ChartEntry } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import { AppError, conflict, notFound } from '../../core/errors';
import type { RequestContext } from '../../core/router';
import { findAppointment } from '../../repositories/appointments';
import { findEntry, findEntryByRequest, toChartEntry } from '../../repositories/chart';
import type { createChartService, SignHooks } from '../chart/chart';
import { requireSignedIn } from '../auth/session';
import { patientNameRow } from '../../repositories/patients';
import { signedCheckIn } from './queries';

// Check-in with two identifiers (ASCO-ONS Antineoplastic Therapy Administration Safety Standards 2024, doi 10.1200/OP.24.00216): the name the patient states plus the date of birth
// and/or the MRN (typed, or scanned from the wristband). Every identifier given must match the record. A
// mismatch is a hard stop: nothing is written but its audit event, and the answer names which identifier
// did not match, never the record's value.

export interface CheckInInput {
  appointmentId: string;
  name: string;
  dateOfBirth?: string | undefined;
  mrn?: string | undefined;
  mrnSource?: 'scanned' | 'typed' | undefined;
  clientRequestId: string;
}

type ChartService = ReturnType<typeof createChartService>;

const tokens = (text: string): string => normalizeForSearch(text).split(' ').filter(Boolean).sort().join(' ');

function mismatches(
  input: CheckInInput,
  patient: { family_name: string; given_name: string; birth_date: string; mrn: string },
) {
  const wrong: string[] = [];
  if (tokens(input.name) !== tokens(`${patient.given_name} ${patient.family_name}`)) wrong.push('name');
  if (input.dateOfBirth !== undefined && input.dateOfBirth !== patient.birth_date) wrong.push('dateOfBirth');
  if (input.mrn !== undefined && input.mrn.trim().toUpperCase() !== patient.mrn.toUpperCase()) wrong.push('mrn');
  return wrong;
}

const LABELS: Record<string, string> = { name: 'name', dateOfBirth: 'date of birth', mrn: 'MRN' };

export const identityMismatch = (wrong: string[]): AppError =>
  new AppError(
    'forbidden',
    `STOP: the ${wrong.map((w) => LABELS[w]).join(' and ')} do not match this patient's record. Do not give anything: check the wristband and the record with a colleague.`,
    wrong.map((path) => ({ path, message: 'Does not match the patient record', code: 'identifier-mismatch' })),
  );

export function createCheckIn(deps: CoreDeps, chart: ChartService, hooks: (ctx: RequestContext) => SignHooks) {
  const db = deps.store.db;

  async function auditMismatch(input: CheckInInput, patientId: string, wrong: string[], ctx: RequestContext) {
    await deps.write(ctx, (_tx, { audit }) =>
      audit({
        patientId,
        action: 'check-in-mismatch',
        objectType: 'appointment',
        objectId: input.appointmentId,
        detail: { mismatched: wrong, mrnSource: input.mrnSource ?? null },
      }),
    );
  }

  async function checkIn(input: CheckInInput, ctx: RequestContext): Promise<ChartEntry> {
    requireSignedIn(ctx, 'Check-in');
    const signStep = `${input.clientRequestId}-s`;
    const repeated = await findEntryByRequest(db, signStep);
    if (repeated && repeated.appointment_id === input.appointmentId) return toChartEntry(repeated);
    const found = await findAppointment(db, input.appointmentId);
    if (!found) throw notFound('appointment-not-found', 'The appointment');
    const patient = await patientNameRow(db, found.appointment.patientId);
    if (!patient) throw notFound('patient-not-found', 'The patient');
    const wrong = mismatches(input, patient);
    if (wrong.length > 0) {
      await auditMismatch(input, patient.id, wrong, ctx);
      throw identityMismatch(wrong);
    }
    if (await signedCheckIn(db, patient.id, input.appointmentId)) {
      throw conflict('already-checked-in', 'This visit is already checked in: the signed check-in cannot be changed.');
    }
    const payload: CheckInPayload = {
      identifiers: [
        'name',
        ...(input.dateOfBirth ? (['dateOfBirth'] as const) : []),
        ...(input.mrn ? (['mrn'] as const) : []),
      ],
      mrnSource: input.mrn ? (input.mrnSource ?? 'typed') : null,
    };
    const draft = await chart.saveDraft(
      {
        patientId: patient.id,
        appointmentId: input.appointmentId,
        kind: 'check-in',
        payload,
        clientRequestId: input.clientRequestId,
      },
      ctx,
    );
    await chart.sign({ id: draft.id, clientRequestId: signStep }, ctx, hooks(ctx));
    return toChartEntry((await findEntry(db, draft.id))!);
  }

  return { checkIn };
}
