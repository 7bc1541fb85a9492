import { describe, expect, it } from 'vitest';
import { isIpcChannel } from '../../../shared/ipc/channels';
import type { IpcResult } from '../../../shared/ipc/result';
import {
  createRedactingLogger,
  describeError,
  logCalls,
  type LogLevel,
} from '../../../electron/main/diagnostics/redact';
import { StoreError } from '../../../electron/main/store/errors';

const PATIENT = 'Éloïse Tremblay-Fortin';
const MRN = 'MRN-0042137';

function capture() {
  const lines: Array<[LogLevel, string]> = [];
  return { lines, write: (level: LogLevel, line: string) => lines.push([level, line]) };
}

describe('an error in the log', () => {
  it('keeps its class and code locations, but not a free-text message that may name a patient', () => {
    const text = describeError(new Error(`Could not place ${PATIENT} (${MRN}) in chair 3`));
    expect(text).toMatch(/^Error: \[message withheld: \d+ characters\]\n {4}at /);
    expect(text).not.toContain(PATIENT);
    expect(text).not.toContain(MRN);
  });

  it("keeps SQLite's, the operating system's and the store's own messages, which name tables, columns and files", () => {
    const sqlite = Object.assign(new Error('UNIQUE constraint failed: patient.mrn'), {
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    });
    expect(describeError(sqlite)).toContain('Error SQLITE_CONSTRAINT_UNIQUE: UNIQUE constraint failed: patient.mrn');
    const disk = Object.assign(new Error("ENOSPC: no space left on device, write '/data/chairside.sqlite3'"), {
      code: 'ENOSPC',
    });
    expect(describeError(disk)).toContain('ENOSPC: no space left on device');
    const store = new StoreError('open-failed', 'The database /data/chairside.sqlite3 could not be opened.', {
      cause: sqlite,
    });
    expect(describeError(store)).toContain('StoreError: The database /data/chairside.sqlite3 could not be opened.');
    expect(describeError(store)).toContain('caused by Error SQLITE_CONSTRAINT_UNIQUE');
  });

  it('does not trust a code that is not a SQLite, system or Node code', () => {
    const custom = Object.assign(new Error(`Patient ${PATIENT}`), { code: PATIENT });
    expect(describeError(custom)).not.toContain(PATIENT);
    expect(describeError({ name: PATIENT })).toBe('[non-error value: object]');
  });

  it('withholds a message anywhere in the cause chain', () => {
    const error = new Error('Handler failed', { cause: new TypeError(`bad weight for ${PATIENT}`) });
    expect(describeError(error)).toContain('caused by TypeError: [message withheld');
    expect(describeError(error)).not.toContain(PATIENT);
  });
});

describe("the core's logger", () => {
  it("writes the router's fixed message with the redacted detail", () => {
    const { lines, write } = capture();
    createRedactingLogger(write).error('Handler for patients:create failed', new Error(`duplicate ${MRN}`));
    expect(lines).toHaveLength(1);
    expect(lines[0]![0]).toBe('error');
    expect(lines[0]![1]).toMatch(/^Handler for patients:create failed: Error: \[message withheld/);
    expect(lines[0]![1]).not.toContain(MRN);
  });
});

describe('the call log', () => {
  const answer = (result: IpcResult<unknown>) => (_channel: unknown, _input: unknown) => Promise.resolve(result);

  it('records channel, outcome and time, never the input or the output', async () => {
    const { lines, write } = capture();
    const dispatch = logCalls(answer({ ok: true, value: { familyName: PATIENT, mrn: MRN } }), write, isIpcChannel);
    await dispatch('patients:create', { familyName: PATIENT, mrn: MRN });
    expect(lines).toEqual([['info', expect.stringMatching(/^patients:create ok \d+ ms$/)]]);
  });

  it('names the refused fields and the code, and logs internal failures as errors', async () => {
    const { lines, write } = capture();
    const refused = {
      code: 'invalid' as const,
      message: `MRN ${MRN} is taken`,
      issues: [{ path: 'mrn', message: MRN }],
    };
    await logCalls(answer({ ok: false, error: refused }), write, isIpcChannel)('patients:create', {});
    const internal = { code: 'internal' as const, message: 'Something went wrong', issues: [] };
    await logCalls(answer({ ok: false, error: internal }), write, isIpcChannel)('patients:create', {});
    expect(lines[0]).toEqual(['info', expect.stringMatching(/^patients:create invalid \[mrn\] \d+ ms$/)]);
    expect(lines[1]).toEqual(['error', expect.stringMatching(/^patients:create internal \d+ ms$/)]);
    expect(JSON.stringify(lines)).not.toContain(MRN);
  });

  it('does not echo a channel name the contract does not know (it came from the page)', async () => {
    const { lines, write } = capture();
    await logCalls(
      answer({ ok: false, error: { code: 'not-found', message: 'x', issues: [] } }),
      write,
      isIpcChannel,
    )(PATIENT, {});
    expect(lines[0]![1]).toMatch(/^\(unknown channel\) not-found/);
  });
});
