import { resolveToday, TodayOptionError } from '../electron/main/demo/today';

/**
 * The `--today YYYY-MM-DD` option of seed:demo, screenshots and bench (the clinic's real date when absent).
 * A malformed date stops the command with exit code 2, the reason and the usage line.
 */
export function todayOption(value: string | undefined, usage: string): string {
  try {
    return resolveToday(value);
  } catch (error) {
    if (!(error instanceof TodayOptionError)) throw error;
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
}
