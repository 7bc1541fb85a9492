import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createPatientService } from '../services/patients';

type PatientChannels = 'patients:create' | 'patients:update' | 'patients:get' | 'patients:search';

export function patientsHandlers(deps: CoreDeps): Pick<Handlers, PatientChannels> {
  const patients = createPatientService(deps);
  return {
    'patients:create': (input, ctx) => patients.create(input, ctx),
    'patients:update': ({ id, expectedUpdatedAt, ...changes }, ctx) =>
      patients.update(id, changes, expectedUpdatedAt, ctx),
    'patients:get': ({ id }) => patients.get(id),
    'patients:search': ({ query, limit }) => patients.search(query, limit),
  };
}
