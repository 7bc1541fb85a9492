import type { Dispatch, Logger } from '../core/router';

// Everything that reaches the log file goes through here, and nothing of a patient may: an error's free-text
// message can hold whatever the code put in it (a name, an MRN, a note), so the log keeps an error's class,
// its code and its stack frames (code locations), and its message only when the message comes from SQLite
// (SQLITE_* codes: constraint and file errors name tables and columns, never values), from the operating
// system (E* codes: a file path), or from the store (StoreError: a file and a fix). Calls are logged by
// channel, outcome, refused field names and duration: never an input or an output.

export type LogLevel = 'info' | 'warn' | 'error';
export type LogWrite = (level: LogLevel, line: string) => void;

const TRUSTED_NAMES = new Set(['StoreError']);
const TRUSTED_CODE = /^(SQLITE_[A-Z_]+|E[A-Z]+|ERR_[A-Z_]+)$/;
const MAX_FRAMES = 8;

function frames(stack: string | undefined): string[] {
  return (stack ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, MAX_FRAMES);
}

/** An error as the log may hold it. */
export function describeError(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return `[non-error value: ${typeof error}]`;
  const code = (error as { code?: unknown }).code;
  const safeCode = typeof code === 'string' && TRUSTED_CODE.test(code) ? code : null;
  const trusted = safeCode !== null || TRUSTED_NAMES.has(error.name);
  const message = trusted
    ? error.message.replaceAll('\n', ' ')
    : `[message withheld: ${error.message.length} characters]`;
  const head = `${error.name}${safeCode ? ` ${safeCode}` : ''}: ${message}`;
  const lines = [head, ...frames(error.stack).map((frame) => `    ${frame}`)];
  if (error.cause !== undefined && depth < 3) lines.push(`  caused by ${describeError(error.cause, depth + 1)}`);
  return lines.join('\n');
}

/** The core's logger (unexpected handler failures) writing redacted lines. */
export function createRedactingLogger(write: LogWrite): Logger {
  return {
    // The message is the caller's fixed text ("Handler for patients:create failed"); the detail is redacted.
    error: (message, detail) => write('error', detail === undefined ? message : `${message}: ${describeError(detail)}`),
  };
}

type AnyDispatch<Rest extends unknown[]> = (channel: unknown, input: unknown, ...rest: Rest) => ReturnType<Dispatch>;

/** Wraps a dispatch so that every call leaves one line: channel, outcome, refused fields, milliseconds. */
export function logCalls<Rest extends unknown[]>(
  dispatch: AnyDispatch<Rest>,
  write: LogWrite,
  isKnownChannel: (channel: unknown) => boolean,
): AnyDispatch<Rest> {
  return async (channel, input, ...rest) => {
    const started = performance.now();
    const result = await dispatch(channel, input, ...rest);
    const ms = Math.round(performance.now() - started);
    const name = isKnownChannel(channel) ? String(channel) : '(unknown channel)';
    if (result.ok) write('info', `${name} ok ${ms} ms`);
    else {
      const fields = [...new Set(result.error.issues.map((issue) => issue.path).filter(Boolean))];
      const where = fields.length > 0 ? ` [${fields.join(', ')}]` : '';
      write(result.error.code === 'internal' ? 'error' : 'info', `${name} ${result.error.code}${where} ${ms} ms`);
    }
    return result;
  };
}
