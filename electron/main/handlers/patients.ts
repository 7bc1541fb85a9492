import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createPatientService } from '../services/patients/patients';
import { recordRead } from '../services/audit/read-audit';

type PatientChannels = 'patients:create' | 'patients:update' | 'patients:get' | 'patients:search';

export function patientsHandlers(deps: CoreDeps): Pick<Handlers, PatientChannels> {
  const patients = createPatientService(deps);
  return {
    'patients:create': (input, ctx) => patients.create(input, ctx),
    'patients:update': ({ id, expectedUpdatedAt, ...changes }, ctx) =>
      patients.update(id, changes, expectedUpdatedAt, ctx),
    // Reads of demographics are audited: who saw which patient, when, where (the record-access report).
    'patients:get': async ({ id }, ctx) => {
      const patient = await patients.get(id);
      await recordRead(deps, ctx, { patientId: id, objectType: 'patient', objectId: id, view: 'demographics' });
      return patient;
    },
    'patients:search': async ({ query, limit }, ctx) => {
      const found = await patients.search(query, limit);
      const detail = { results: found.length, patientIds: found.map((p) => p.id) };
      await recordRead(deps, ctx, { objectType: 'patient', view: 'search', detail });
      return found;
    },
  };
}
