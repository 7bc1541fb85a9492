import { z } from 'zod';
import { chartKind as chartKindName, type ChartPayload } from '../../../../shared/ipc/contract/chart';
import { parseWithWords } from '../../../../shared/ipc/validation-words';
import { AppError, invalid } from '../../core/errors';

// The pluggable part of charting: each kind of entry (assessment, administration, reaction, irAE, CAR T
// toxicity, education…) registers the zod schema its payload must satisfy. The chart service refuses a
// kind nobody registered, validates every draft against the kind's draft schema and every signature or
// correction against the full schema. The clinical forms register their kinds at start-up:
//
//   registerChartKind('administration', administrationPayload, { requiresSecondUser: true });

export interface ChartKindOptions {
  /**
   * What an autosaved draft must satisfy. By default the full schema with every top-level field optional,
   * so a half-filled form saves but a wrong value in a filled field does not. Required when the schema has
   * refinements (zod cannot make those partial).
   */
  draftSchema?: z.ZodType<ChartPayload>;
  /** Signing needs an independent second nurse (auth:verify-second-user, actionId chartSignAction(id)). */
  requiresSecondUser?: boolean;
  /**
   * The kind has rules beyond its payload (check-in first, double check before a start, the day's drug order)
   * that only its own channels enforce: the generic chart:save-draft/sign/correct then refuse it.
   */
  ownChannelsOnly?: boolean;
}

export interface ChartKind {
  kind: string;
  schema: z.ZodType<ChartPayload>;
  draftSchema: z.ZodType<ChartPayload>;
  requiresSecondUser: boolean;
  ownChannelsOnly: boolean;
}

const registry = new Map<string, ChartKind>();

function defaultDraftSchema(kind: string, schema: z.ZodType<ChartPayload>): z.ZodType<ChartPayload> {
  if (schema instanceof z.ZodObject && !(schema._zod.def.checks?.length ?? 0)) {
    return schema.partial();
  }
  throw new Error(`Chart kind ${kind}: give a draftSchema (the schema is not a plain object schema)`);
}

/**
 * Registers the payload schema of a chart kind. Registering the same kind again with the same schema is a
 * no-op (several cores in one process); with a different schema it is a programming error.
 */
export function registerChartKind(kind: string, schema: z.ZodType<ChartPayload>, options: ChartKindOptions = {}): void {
  if (!chartKindName.safeParse(kind).success)
    throw new Error(`Chart kind ${JSON.stringify(kind)}: not a valid kind name`);
  const existing = registry.get(kind);
  if (existing) {
    if (existing.schema === schema) return;
    throw new Error(`Chart kind ${kind} is already registered with another schema`);
  }
  const draftSchema = options.draftSchema ?? defaultDraftSchema(kind, schema);
  registry.set(kind, {
    kind,
    schema,
    draftSchema,
    requiresSecondUser: options.requiresSecondUser ?? false,
    ownChannelsOnly: options.ownChannelsOnly ?? false,
  });
}

export function chartKindOf(kind: string): ChartKind {
  const found = registry.get(kind);
  if (!found) throw invalid('kind', 'chart-kind-unknown', `No chart form is registered for "${kind}"`, { kind });
  return found;
}

/** Validates a payload, reporting every issue at `payload.<field path>` so forms can mark the fields. */
export function validatePayload(schema: z.ZodType<ChartPayload>, payload: unknown): ChartPayload {
  const result = parseWithWords(schema, payload);
  if (result.success) return result.data;
  const issues = result.issues.map((issue) => ({ ...issue, path: issue.path ? `payload.${issue.path}` : 'payload' }));
  const first = issues[0]!;
  throw new AppError('invalid', `${first.path}: ${first.message}`, issues);
}
