import { parseArgs } from 'node:util';
import { todayOption } from '../scripts/today-option';

/** What every benchmark is given: the one "today" its data and frozen clocks are built on, and its size. */
export interface BenchContext {
  /** YYYY-MM-DD: `--today`, or the clinic's real date. */
  today: string;
  /** `--quick`: small sizes, a few seconds a benchmark, for CI; the ratios are noisier but the code paths are the same. */
  quick: boolean;
}

export const USAGE = 'Usage: npm run bench -- [--quick] [--today YYYY-MM-DD] [NAME ...]';

/** Parses `[--quick] [--today YYYY-MM-DD] [NAME ...]`; an unknown option or name stops with exit code 2. */
export function benchArgs(argv: string[], names: readonly string[]): { only: string[]; context: BenchContext } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { quick: { type: 'boolean', default: false }, today: { type: 'string' } },
    });
  } catch (error) {
    return stop(error instanceof Error ? error.message : String(error));
  }
  const unknown = parsed.positionals.filter((name) => !names.includes(name));
  if (unknown.length > 0) stop(`Unknown benchmark ${unknown.join(', ')}; the benchmarks are ${names.join(', ')}.`);
  const today = todayOption(parsed.values.today, USAGE);
  return { only: parsed.positionals, context: { today, quick: parsed.values.quick } };
}

function stop(reason: string): never {
  console.error(`${reason}\n${USAGE}`);
  process.exit(2);
}
