import { minutesOf } from '../../../../../shared/charting/common';
import { addDays } from '../../../../../shared/scheduling/chooseDay';
import { zonedMinuteToUtc } from '../../../../../shared/schedule/timezone';
import type { CoreDeps } from '../../../core/deps';
import * as repo from '../../../repositories/fhir-export';
import { findSheet } from '../../handouts/handout-catalog';
import {
  adverseEvent,
  documentReference,
  labObservation,
  medicationAdministration,
  vitalObservations,
  type AdverseEventInput,
} from './clinical';
import {
  appointmentResource,
  carePlanResource,
  instantAt,
  medicationRequestResource,
  patientResource,
  practitionerResource,
  requestId,
  type FhirContext,
  type FhirResource,
} from './resources';

// Reads a scope's records from the store and turns them into FHIR resources. Patients, plans, orders and
// practitioners are whichever the range's records refer to, so every reference of the export resolves in it.

type Json = Record<string, unknown>;
const parse = (payload: string): Json => {
  try {
    return JSON.parse(payload) as Json;
  } catch {
    return {};
  }
};
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Reaction outcomes as charted, in FHIR's adverse-event-outcome codes. */
const REACTION_OUTCOME: Record<string, string> = {
  resolved: 'resolved',
  resolving: 'recovering',
  ongoing: 'ongoing',
  transferred: 'unknown',
};

export interface FhirExport {
  /** Resources grouped by type, in the order a reader meets them (patients first). */
  byType: Map<string, FhirResource[]>;
}

function visitRecords(deps: CoreDeps, scope: repo.FhirScope) {
  return repo.visitEntryRows(deps.store.db, ['administration', 'double-check', 'reaction', 'assessment'], scope);
}

/** The verified order line that covered an administration: same plan, dose within the order, same drug. */
function requestFinder(lines: readonly repo.OrderLineFhirRow[]) {
  return (planId: string, dose: number, drugId: string | null): string | null => {
    const line = lines.find(
      (l) =>
        l.plan_id === planId &&
        l.status === 'verified' &&
        l.first_dose <= dose &&
        dose <= l.last_dose &&
        l.drug_id === drugId,
    );
    return line ? requestId(line) : null;
  };
}

function termOf(deps: CoreDeps) {
  const terms = new Map(deps.library.ctcaeTerms.map((t) => [t.meddraCode, t.term]));
  return (code: string | null, fallback: string) => (code ? (terms.get(code) ?? fallback) : fallback);
}

function reactionEvent(
  e: repo.VisitEntryFhirRow,
  adminIds: Set<string>,
  term: ReturnType<typeof termOf>,
  ctx: FhirContext,
): AdverseEventInput {
  const p = parse(e.payload);
  const adminId = str(p.administrationEntryId);
  const onset = str(p.onsetTime);
  const code = str(p.meddraCode);
  return {
    id: e.entry_id,
    patientId: e.patient_id,
    meddraCode: code,
    term: term(code, 'Infusion related reaction'),
    grade: typeof p.grade === 'number' ? p.grade : null,
    date: onset ? instantAt(e.date, minutesOf(onset), ctx) : e.date,
    recordedDate: e.signed_at,
    recorderId: e.signed_by,
    outcome: REACTION_OUTCOME[str(p.outcome) ?? ''] ?? 'unknown',
    suspect:
      adminId && adminIds.has(adminId)
        ? { reference: `MedicationAdministration/${adminId}` }
        : { display: str(p.drugName) ?? str(p.drugId) ?? 'Infusion' },
    causality: null,
  };
}

function iraeEvent(
  e: repo.SignedEntryFhirRow,
  plans: Map<string, string>,
  term: ReturnType<typeof termOf>,
): AdverseEventInput {
  const p = parse(e.payload);
  const code = str(p.meddraCode);
  const planId = str(p.planId);
  return {
    id: e.entry_id,
    patientId: e.patient_id,
    meddraCode: code,
    term: term(code, str(p.term) ?? 'Adverse event'),
    grade: typeof p.grade === 'number' ? p.grade : null,
    date: str(p.onsetDate) ?? e.signed_at ?? '',
    recordedDate: e.signed_at,
    recorderId: e.signed_by,
    outcome: str(p.resolutionDate) ? 'resolved' : 'ongoing',
    suspect: planId ? { display: plans.get(planId) ?? 'Treatment plan' } : null,
    causality: str(p.attribution),
  };
}

/** Far enough after any onset: an irAE is signed after its onset, so the read starts at the range's start. */
const LATEST = '9999-12-31T00:00:00.000Z';

async function readScope(deps: CoreDeps, scope: repo.FhirScope, timeZone: string) {
  const db = deps.store.db;
  const fromUtc = zonedMinuteToUtc(scope.from, 0, timeZone).toISOString();
  const toUtc = zonedMinuteToUtc(addDays(scope.to, 1), 0, timeZone).toISOString();
  const signedIraes = await repo.signedEntryRows(db, 'irae', fromUtc, LATEST, scope.patientId);
  const iraes = signedIraes.filter((e) => {
    const onset = str(parse(e.payload).onsetDate);
    if (scope.wholeHistory) return true;
    return onset !== null && onset >= scope.from && onset <= scope.to;
  });
  const appointments = await repo.appointmentRows(db, scope);
  const planIds = new Set([
    ...appointments.map((a) => a.plan_id),
    ...iraes.flatMap((e) => str(parse(e.payload).planId) ?? []),
    ...(scope.wholeHistory && scope.patientId ? await repo.patientPlanIds(db, scope.patientId) : []),
  ]);
  const plans = await repo.planRows(db, [...planIds]);
  return {
    appointments,
    visit: await visitRecords(deps, scope),
    iraes,
    education: await repo.signedEntryRows(db, 'education', fromUtc, toUtc, scope.patientId),
    labs: await repo.labRows(db, scope, addDays(scope.to, 1)),
    plans,
    lines: await repo.orderRows(
      db,
      plans.map((p) => p.id),
    ),
  };
}

type Records = Awaited<ReturnType<typeof readScope>>;

function administrations(records: Records, ctx: FhirContext): FhirResource[] {
  const checks = new Map(
    records.visit
      .filter((e) => e.kind === 'double-check')
      .map((e) => [str(parse(e.payload).administrationEntryId) ?? '', e.verified_by ?? e.signed_by]),
  );
  const findRequest = requestFinder(records.lines);
  return records.visit
    .filter((e) => e.kind === 'administration')
    .map((e) => {
      const request = findRequest(e.plan_id, e.dose_number, str(parse(e.payload).drugId));
      return medicationAdministration(e, checks.get(e.entry_id) ?? null, request, ctx);
    });
}

function clinical(deps: CoreDeps, records: Records, ctx: FhirContext) {
  const given = administrations(records, ctx);
  const adminIds = new Set(given.map((r) => r.id));
  const term = termOf(deps);
  const planTitles = new Map(records.plans.map((p) => [p.id, p.regimen_name]));
  const events = [
    ...records.visit.filter((e) => e.kind === 'reaction').map((e) => reactionEvent(e, adminIds, term, ctx)),
    ...records.iraes.map((e) => iraeEvent(e, planTitles, term)),
  ].map((e) => adverseEvent(e, ctx));
  const observations = [
    ...records.visit.filter((e) => e.kind === 'assessment').flatMap((e) => vitalObservations(e)),
    ...records.labs.map((l) => labObservation(l, ctx)),
  ];
  const sheetTitle = (id: string) => findSheet(deps.handouts, id)?.names.en ?? id;
  const documents = records.education.map((e) => {
    const sheets = parse(e.payload).sheets;
    return documentReference(e, Array.isArray(sheets) ? sheets.map((s) => sheetTitle(String(s))) : []);
  });
  return { given, events, observations, documents };
}

/** Everyone a resource points at: the record's patients and the users who signed, checked or prescribed. */
function people(records: Records) {
  const patients = new Set<string>([
    ...records.appointments.map((a) => a.patient_id),
    ...records.visit.map((e) => e.patient_id),
    ...records.iraes.map((e) => e.patient_id),
    ...records.education.map((e) => e.patient_id),
    ...records.labs.map((l) => l.patient_id),
    ...records.plans.map((p) => p.patient_id),
  ]);
  const users = new Set<string>();
  for (const e of [...records.visit, ...records.iraes, ...records.education]) if (e.signed_by) users.add(e.signed_by);
  for (const e of records.visit) if (e.kind === 'double-check' && e.verified_by) users.add(e.verified_by);
  for (const l of records.lines) if (l.prescriber_id) users.add(l.prescriber_id);
  return { patients: [...patients], users: [...users] };
}

/** The scope's resources by type, every reference between them resolving inside the set. */
export async function collectFhir(deps: CoreDeps, scope: repo.FhirScope, ctx: FhirContext): Promise<FhirExport> {
  const records = await readScope(deps, scope, ctx.timeZone);
  const who = people(records);
  // One patient's export names the patient even when the range holds no record of theirs.
  if (scope.patientId !== null && !who.patients.includes(scope.patientId)) who.patients.unshift(scope.patientId);
  const patients = await repo.patientRows(deps.store.db, who.patients);
  const users = await repo.userRows(deps.store.db, who.users);
  const patientOfPlan = new Map(records.plans.map((p) => [p.id, p.patient_id]));
  const requests = records.lines.map((l) => medicationRequestResource(l, patientOfPlan.get(l.plan_id)!));
  const requestsOf = (planId: string) => records.lines.filter((l) => l.plan_id === planId).map(requestId);
  const { given, events, observations, documents } = clinical(deps, records, ctx);
  const byType = new Map<string, FhirResource[]>([
    ['Patient', patients.map((p) => patientResource(p, ctx))],
    ['Practitioner', users.map(practitionerResource)],
    ['CarePlan', records.plans.map((p) => carePlanResource(p, requestsOf(p.id)))],
    ['MedicationRequest', requests],
    ['Appointment', records.appointments.map((a) => appointmentResource(a, ctx))],
    ['MedicationAdministration', given],
    ['AdverseEvent', events],
    ['Observation', observations],
    ['DocumentReference', documents],
  ]);
  return { byType };
}
