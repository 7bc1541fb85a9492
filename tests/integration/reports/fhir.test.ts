import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRow } from '../../support/rows';
import { CHARGE, NURSE, signInAs } from '../../support/auth';
import { MCODE, missingMustSupport, profileErrors } from '../../support/fhir-profile';
import { fhirErrors } from '../../support/fhir-schema';
import { addPatient } from '../../support/schedule';
import { draft, requestId, TODAY } from '../charting/setup';
import { chartedVisitWorld, type ReportWorld } from './world';

// The FHIR R4 export of a center with one charted first dose (double-checked administration, a grade 2
// infusion reaction, vitals, the day-before labs, a printed handout), an irAE, the second dose booked and a
// second patient with labs only; every resource checked against HL7's R4 JSON schema, every reference resolved.

type Resource = { resourceType: string; id: string } & Record<string, unknown>;
interface Manifest {
  transactionTime: string;
  output: { type: string; url: string; count: number }[];
}

let w: ReportWorld;
let otherPatientId: string;
const range = { from: '2026-11-26', to: '2026-12-31' };

beforeAll(async () => {
  w = await chartedVisitWorld();
  await signInAs(w.t, NURSE);
  const irae = await draft(
    w,
    'irae',
    {
      meddraCode: '10021114',
      term: 'Hypothyroidism',
      grade: 2,
      ctcaeVersion: '5.0',
      onsetDate: TODAY,
      resolutionDate: null,
      attribution: 'probable',
      actions: ['hormone-replacement'],
      notes: '',
      planId: w.planId,
    },
    { appointmentId: null },
  );
  if (!irae.ok) throw new Error(irae.error.message);
  await w.t.ok('charting:sign', { id: irae.value.id, clientRequestId: requestId() });
  const chair = (await queryRow<{ id: string }>(w.t.core.store, 'SELECT id FROM chair ORDER BY sort_order LIMIT 1'))!;
  await w.t.ok('schedule:book-dose', { planId: w.planId, doseNumber: 2, date: '2026-12-18', chairId: chair.id, start: 600 });
  otherPatientId = await addPatient(w.t, { familyName: 'Ashgrove', givenName: 'Théo', mrn: 'MRN-0077' });
  const tsh = { analyte: 'tsh', drawnAt: '2026-11-26T08:30', value: '6.2', unit: 'mIU/L', refLow: '0.4', refHigh: '4' };
  await w.t.ok('labs:enter', { patientId: otherPatientId, results: [tsh], method: 'hand', locale: 'en' });
  await signInAs(w.t, CHARGE);
}, 120_000);
afterAll(async () => {
  await w.t.close();
  await w.platform.close();
});

/** A count read the same way on SQLite and PostgreSQL. */
const count = async (sql: string, ...args: unknown[]) =>
  Number((await queryRow<{ n: number }>(w.t.core.store, sql, ...args))!.n);

/** Every `reference` anywhere in a resource. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'reference' && typeof v === 'string' ? [v] : references(v)));
}

async function exportNdjson(patientId: string | null = null) {
  const result = await w.t.ok('reports:export-fhir', { ...range, format: 'ndjson', patientId });
  const manifest = JSON.parse(readFileSync(join(w.platform.saveDir, result.fileName!), 'utf8')) as Manifest;
  const byType = new Map<string, Resource[]>();
  for (const file of manifest.output) {
    const text = readFileSync(join(w.platform.saveDir, file.url), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    byType.set(file.type, text.trimEnd().split('\n').map((line) => JSON.parse(line) as Resource));
  }
  return { result, manifest, byType, all: [...byType.values()].flat() };
}

describe('FHIR R4 export', () => {
  it('writes one NDJSON file per type, every line valid against the official R4 schema, counts matching the store', async () => {
    const { result, manifest, byType, all } = await exportNdjson();
    expect(result.fileName).toBe(`fhir-ndjson-${range.from}-${range.to}.json`);
    for (const file of manifest.output) {
      expect(file.url).toBe(`fhir-ndjson-${range.from}-${range.to}.${file.type}.ndjson`);
      expect(byType.get(file.type)).toHaveLength(file.count);
      expect(statSync(join(w.platform.saveDir, file.url)).mode & 0o777).toBe(0o600);
    }
    for (const resource of all) expect({ id: resource.id, errors: fhirErrors(resource) }).toEqual({ id: resource.id, errors: [] });
    for (const [type, list] of byType) expect(list.every((r) => r.resourceType === type)).toBe(true);
    const signed = (kind: string) => count("SELECT count(*) AS n FROM chart_entry WHERE kind = ? AND status = 'signed'", kind);
    const sizes = Object.fromEntries([...byType].map(([type, list]) => [type, list.length]));
    expect(sizes).toEqual({
      Patient: await count('SELECT count(*) AS n FROM patient'),
      Practitioner: 2,
      CarePlan: await count('SELECT count(*) AS n FROM treatment_plan'),
      MedicationRequest: await count('SELECT count(*) AS n FROM plan_order_line'),
      Appointment: await count('SELECT count(*) AS n FROM appointment WHERE date BETWEEN ? AND ?', range.from, range.to),
      MedicationAdministration: await signed('administration'),
      AdverseEvent: (await signed('reaction')) + (await signed('irae')),
      // Seven vital signs of the one assessment (blood pressure is one panel) and every lab result.
      Observation: 7 * (await signed('assessment')) + (await count('SELECT count(*) AS n FROM lab_result WHERE voided_at IS NULL')),
      DocumentReference: await signed('education'),
    });
    expect(sizes.Appointment).toBe(2);
    expect(result.rows).toBe(all.length);
  });

  it('resolves every reference of the set inside it', async () => {
    const { all } = await exportNdjson();
    const ids = new Set(all.map((r) => `${r.resourceType}/${r.id}`));
    const refs = all.flatMap(references);
    expect(refs.length).toBeGreaterThan(20);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
  });

  it('writes what an oncology interface expects: MRN, mCODE profile, double check, MedDRA term and grade, LOINC vitals', async () => {
    const { byType } = await exportNdjson();
    const patient = byType.get('Patient')!.find((p) => p.id === w.patientId)!;
    expect(patient.identifier).toEqual([
      expect.objectContaining({ system: 'https://chairside.invalid/mrn', value: 'MRN-0042' }),
    ]);
    const [given] = byType.get('MedicationAdministration')!;
    expect(given).toMatchObject({
      meta: { profile: ['http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-administration'] },
      status: 'completed',
      effectivePeriod: { start: `${TODAY}T10:05:00.000Z`, end: `${TODAY}T10:45:00.000Z` },
      dosage: { dose: { value: 200, code: 'mg' } },
    });
    const functions = (given!.performer as { function: { coding: { code: string }[] }; actor: { reference: string } }[]).map(
      (p) => [p.function.coding[0]!.code, p.actor.reference],
    );
    expect(functions).toEqual([
      ['performer', `Practitioner/${w.nurseId}`],
      ['verifier', `Practitioner/${w.chargeId}`],
    ]);
    const events = byType.get('AdverseEvent')!;
    const terms = events.map((e) => [
      (e.event as { coding: { system: string; code: string }[] }).coding[0],
      (e.extension as { valueInteger: number }[])[0]!.valueInteger,
    ]);
    expect(terms).toEqual([
      [{ system: 'http://terminology.hl7.org/CodeSystem/MDRAE', code: '10051792', display: 'Infusion related reaction' }, 2],
      [{ system: 'http://terminology.hl7.org/CodeSystem/MDRAE', code: '10021114', display: 'Hypothyroidism' }, 2],
    ]);
    expect(events[0]!.suspectEntity).toEqual([{ instance: { reference: `MedicationAdministration/${given!.id}` } }]);
    const observations = byType.get('Observation')!;
    const codes = observations.map((o) => (o.code as { coding?: { code: string }[]; text: string }).coding?.[0]?.code ?? null);
    expect(codes.filter(Boolean).sort()).toEqual(['2708-6', '29463-7', '8310-5', '85354-9', '8867-4', '9279-1']);
    const tsh = observations.find((o) => (o.code as { text: string }).text === 'TSH' && o.valueQuantity);
    expect(tsh).toMatchObject({ code: { text: 'TSH' }, category: [{ coding: [{ code: 'laboratory' }] }] });
    expect((tsh!.code as { coding?: unknown }).coding).toBeUndefined();
    expect(byType.get('DocumentReference')![0]).toMatchObject({
      subject: { reference: `Patient/${w.patientId}` },
      content: [{ attachment: { contentType: 'application/pdf', language: 'en' } }],
    });
  });

  it('writes one Bundle of type collection under the center’s FHIR base, valid as a whole', async () => {
    await w.t.ok('settings:update', { fhirBaseUrl: 'https://ehr.example/fhir', fhirMrnSystem: 'urn:oid:1.2.3.4' });
    const result = await w.t.ok('reports:export-fhir', { ...range, format: 'bundle', patientId: null });
    expect(result.fileName).toBe(`fhir-bundle-${range.from}-${range.to}.json`);
    const bundle = JSON.parse(readFileSync(join(w.platform.saveDir, result.fileName!), 'utf8')) as Resource & {
      entry: { fullUrl: string; resource: Resource }[];
    };
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: w.t.clock.now().toISOString() });
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle.entry).toHaveLength(result.rows);
    for (const { fullUrl, resource } of bundle.entry) {
      expect(fullUrl).toBe(`https://ehr.example/fhir/${resource.resourceType}/${resource.id}`);
    }
    const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));
    const unresolved = bundle.entry.flatMap((e) => references(e.resource)).filter((r) => !fullUrls.has(`https://ehr.example/fhir/${r}`));
    expect(unresolved).toEqual([]);
    const patient = bundle.entry.find((e) => e.resource.id === w.patientId)!.resource;
    expect(patient.identifier).toEqual([expect.objectContaining({ system: 'urn:oid:1.2.3.4' })]);
    await w.t.ok('settings:update', { fhirBaseUrl: 'https://chairside.invalid/fhir', fhirMrnSystem: 'https://chairside.invalid/mrn' });
  });

  it('exports one patient’s records only, and refuses a patient that does not exist', async () => {
    const mine = await exportNdjson(otherPatientId);
    expect(mine.result.fileName).toBe(`fhir-ndjson-patient-${range.from}-${range.to}.json`);
    expect([...mine.byType.keys()]).toEqual(['Patient', 'Observation']);
    expect(mine.all.every((r) => r.id === otherPatientId || references(r).includes(`Patient/${otherPatientId}`))).toBe(true);
    const refused = await w.t.call('reports:export-fhir', { ...range, format: 'bundle', patientId: 'no-such-patient' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('exports one patient’s whole history whatever the range, every resource valid, and audits it as such', async () => {
    const emptyRange = { from: '2020-01-01', to: '2020-01-31' };
    const none = await w.t.ok('reports:export-fhir', { ...emptyRange, format: 'bundle', patientId: w.patientId });
    const noneBundle = JSON.parse(readFileSync(join(w.platform.saveDir, none.fileName!), 'utf8')) as { entry: { resource: Resource }[] };
    // A range with nothing of theirs still names the patient, and nothing else.
    expect(noneBundle.entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`)).toEqual([`Patient/${w.patientId}`]);

    // Over five years: the one-year limit is the range's, and a whole history does not read the range.
    const wide = { from: '2020-01-01', to: '2026-12-31' };
    const tooLong = await w.t.call('reports:export-fhir', { ...wide, format: 'bundle', patientId: w.patientId });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const result = await w.t.ok('reports:export-fhir', { ...wide, format: 'bundle', patientId: w.patientId, wholeHistory: true });
    expect(result.fileName).toBe('fhir-bundle-patient-history.json');
    const bundle = JSON.parse(readFileSync(join(w.platform.saveDir, result.fileName!), 'utf8')) as Resource & {
      entry: { resource: Resource }[];
    };
    expect(fhirErrors(bundle)).toEqual([]);
    const all = bundle.entry.map((e) => e.resource);
    const ofType = (type: string) => all.filter((r) => r.resourceType === type);
    const mine = (sql: string) => count(sql, w.patientId);
    expect(ofType('Patient').map((p) => p.id)).toEqual([w.patientId]);
    expect(ofType('Appointment')).toHaveLength(await mine('SELECT count(*) AS n FROM appointment WHERE patient_id = ?'));
    expect(ofType('Appointment')).toHaveLength(2);
    expect(ofType('CarePlan')).toHaveLength(await mine('SELECT count(*) AS n FROM treatment_plan WHERE patient_id = ?'));
    expect(ofType('AdverseEvent')).toHaveLength(2);
    expect(all.every((r) => r.resourceType === 'Practitioner' || r.id === w.patientId || references(r).includes(`Patient/${w.patientId}`))).toBe(true);

    const [last] = await w.t.ok('audit:list', { action: 'export', limit: 1 });
    const detail = JSON.parse(last!.detail!) as Record<string, unknown>;
    expect(detail).toMatchObject({ kind: 'fhir-bundle', wholeHistory: true, from: null, to: null, patientId: w.patientId });

    const nobody = await w.t.call('reports:export-fhir', { ...range, format: 'ndjson', patientId: null, wholeHistory: true });
    expect(nobody).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('records who exported what, the range and the patient, and writes nothing when the dialog is cancelled', async () => {
    await w.t.ok('reports:export-fhir', { ...range, format: 'ndjson', patientId: w.patientId });
    const [last] = await w.t.ok('audit:list', { action: 'export', limit: 1 });
    expect(last).toMatchObject({ objectType: 'report', objectId: `fhir-ndjson-patient-${range.from}-${range.to}.json`, userName: 'Chloé Charge' });
    const detail = JSON.parse(last!.detail!) as Record<string, unknown>;
    expect(detail).toMatchObject({ kind: 'fhir-ndjson', from: range.from, to: range.to, patientId: w.patientId });
    expect(detail.counts).toMatchObject({ Patient: 1, MedicationAdministration: 1, AdverseEvent: 2 });
    expect(last!.detail).not.toContain(w.platform.saveDir);
    const before = await w.t.ok('audit:list', { action: 'export', limit: 100 });
    w.platform.cancelNext('save');
    const cancelled = await w.t.ok('reports:export-fhir', { ...range, format: 'bundle', patientId: null });
    expect(cancelled).toEqual({ done: false, rows: 0, fileName: null });
    expect(await w.t.ok('audit:list', { action: 'export', limit: 100 })).toHaveLength(before.length);
  });

  it('keeps mCODE’s rules beyond the schema: required elements, cardinality, reference targets', async () => {
    const { byType } = await exportNdjson();
    const checks: [string, string][] = [
      ['Patient', MCODE.patient],
      ['MedicationRequest', MCODE.request],
      ['MedicationAdministration', MCODE.administration],
    ];
    for (const [type, profile] of checks) {
      const list = byType.get(type)!;
      expect(list.length).toBeGreaterThan(0);
      for (const r of list) {
        expect(r.meta).toEqual({ profile: [profile] });
        expect({ id: r.id, errors: profileErrors(r, profile) }).toEqual({ id: r.id, errors: [] });
      }
    }
    // What mCODE asks a sender to support that Chairside does not record (diagnosis, treatment intent,
    // address, death, dispensing): listed so that a new gap, or one closed, changes this test.
    const gaps = (type: string, profile: string) => missingMustSupport(byType.get(type)![0]!, profile);
    expect(gaps('Patient', MCODE.patient)).toEqual(['Patient.deceased[x]', 'Patient.address']);
    expect(gaps('MedicationRequest', MCODE.request)).toEqual([
      'MedicationRequest.extension',
      'MedicationRequest.statusReason',
      'MedicationRequest.reported[x]',
      'MedicationRequest.encounter',
      'MedicationRequest.reasonCode',
      'MedicationRequest.reasonReference',
      'MedicationRequest.dispenseRequest',
    ]);
    expect(gaps('MedicationAdministration', MCODE.administration)).toEqual([
      'MedicationAdministration.extension',
      'MedicationAdministration.statusReason',
      'MedicationAdministration.reasonCode',
      'MedicationAdministration.reasonReference',
    ]);
    // The checker refuses what mCODE refuses: no gender, two MRN values, a subject that is not a patient.
    const patient = byType.get('Patient')![0]!;
    const { gender: _gender, ...noGender } = patient;
    expect(profileErrors(noGender, MCODE.patient)).toEqual(['Patient.gender: required (at least 1), missing']);
    const twoValues = { ...patient, identifier: [{ system: 'urn:x', value: ['a', 'b'] }] };
    expect(profileErrors(twoValues, MCODE.patient)).toEqual(['Patient.identifier.value: at most 1, 2 given']);
    const given = byType.get('MedicationAdministration')![0]!;
    expect(profileErrors({ ...given, subject: { reference: 'Group/g-1' } }, MCODE.administration)).toEqual([
      'MedicationAdministration.subject: a reference to Group, the profile accepts Patient',
    ]);
  });

  it('is checked by a schema that refuses what FHIR R4 refuses (a wrong status, an unknown element, a local time)', () => {
    const valid = { resourceType: 'Observation', id: 'o-1', status: 'final', code: { text: 'TSH' } };
    expect(fhirErrors(valid)).toEqual([]);
    expect(fhirErrors({ ...valid, status: 'signed' })).not.toEqual([]);
    expect(fhirErrors({ ...valid, grade: 2 })).not.toEqual([]);
    expect(fhirErrors({ ...valid, effectiveDateTime: '2026-11-27T10:12' })).not.toEqual([]);
    expect(fhirErrors({ ...valid, id: 'not_an id' })).not.toEqual([]);
  });
});
