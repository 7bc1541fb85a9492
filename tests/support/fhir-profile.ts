import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// What HL7's JSON schema cannot say: a profile's own rules. Reads the mCODE profiles' snapshots (reduced to
// cardinality, must-support and reference targets; the file names its package and integrity) and checks a
// resource against one: every element the profile requires is present wherever its parent is, no element
// occurs more often than the profile allows, and every reference points at a resource type the profile accepts.

interface Element {
  id: string;
  path: string;
  min: number;
  max: string;
  mustSupport?: boolean;
  targets?: string[];
}
interface Profile {
  url: string;
  type: string;
  elements: Element[];
}

const file = JSON.parse(readFileSync(join(__dirname, 'fhir', 'mcode-4.0.0-profiles.json'), 'utf8')) as {
  profiles: Profile[];
};

export const MCODE = {
  patient: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-patient',
  request: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-request',
  administration: 'http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-cancer-related-medication-administration',
} as const;

/** The resource type a target profile constrains: core profiles by name, US Core and mCODE by what they profile. */
function targetType(url: string): string {
  const name = url.split('/').pop()!;
  const known: Record<string, string> = {
    'mcode-cancer-patient': 'Patient',
    'us-core-patient': 'Patient',
    'us-core-practitioner': 'Practitioner',
    'us-core-practitionerrole': 'PractitionerRole',
    'us-core-organization': 'Organization',
    'us-core-encounter': 'Encounter',
    'us-core-medication': 'Medication',
    'us-core-relatedperson': 'RelatedPerson',
    'us-core-condition-problems-health-concerns': 'Condition',
  };
  return known[name] ?? name;
}

type Json = Record<string, unknown>;

/** The values at one step of a path below each parent value: arrays flattened, `[x]` choices matched by prefix. */
function step(parents: unknown[], name: string): unknown[] {
  const out: unknown[] = [];
  for (const parent of parents) {
    if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) continue;
    const entries = Object.entries(parent as Json);
    const hits = name.endsWith('[x]')
      ? entries.filter(([k]) => k.startsWith(name.slice(0, -3)) && /^[A-Z]/.test(k.slice(name.length - 3)))
      : entries.filter(([k]) => k === name);
    for (const [, v] of hits) out.push(...(Array.isArray(v) ? (v as unknown[]) : [v]));
  }
  return out;
}

/** Each parent instance with the values of its child element below it. */
function instances(resource: Json, path: string): { parent: unknown; values: unknown[] }[] {
  const parts = path.split('.').slice(1);
  let parents: unknown[] = [resource];
  for (const part of parts.slice(0, -1)) parents = step(parents, part);
  return parents.map((parent) => ({ parent, values: step([parent], parts[parts.length - 1]!) }));
}

/** Where the resource breaks the profile; an empty list when it conforms to what is checked here. */
export function profileErrors(resource: Json, profileUrl: string): string[] {
  const profile = file.profiles.find((p) => p.url === profileUrl);
  if (!profile) throw new Error(`No profile ${profileUrl} in the mCODE snapshot file`);
  if (resource.resourceType !== profile.type) return [`${String(resource.resourceType)} is not a ${profile.type}`];
  const errors: string[] = [];
  // Slices (ids with ':') constrain one kind of repeat, not the element as a whole: left to the base element.
  for (const e of profile.elements.filter((x) => x.path.includes('.') && !x.id.includes(':'))) {
    for (const { values } of instances(resource, e.path)) {
      if (values.length < e.min) errors.push(`${e.path}: required (at least ${e.min}), missing`);
      if (e.max !== '*' && values.length > Number(e.max))
        errors.push(`${e.path}: at most ${e.max}, ${values.length} given`);
      if (!e.targets) continue;
      const allowed = new Set(e.targets.map(targetType));
      for (const v of values) {
        const ref = (v as Json | null)?.reference;
        if (typeof ref !== 'string' || allowed.has('Resource')) continue;
        const type = ref.split('/')[0]!;
        if (!allowed.has(type))
          errors.push(`${e.path}: a reference to ${type}, the profile accepts ${[...allowed].join(', ')}`);
      }
    }
  }
  return errors;
}

/** The profile's must-support elements (outside slices) the resource leaves out: what a receiver may look for. */
export function missingMustSupport(resource: Json, profileUrl: string): string[] {
  const profile = file.profiles.find((p) => p.url === profileUrl)!;
  return profile.elements
    .filter((e) => e.mustSupport && e.path.split('.').length === 2 && !e.id.includes(':'))
    .filter((e) => instances(resource, e.path).every(({ values }) => values.length === 0))
    .map((e) => e.path);
}
