import type { z } from 'zod';
import { ipcContract, type IpcParsedInput } from '../../../shared/ipc/contract';
import { isIpcChannel, type IpcChannel } from '../../../shared/ipc/channels';
import type { IpcIssue, IpcResult } from '../../../shared/ipc/result';
import { parseWithWords, type ParsedIssue } from '../../../shared/ipc/validation-words';
import { AppError } from './errors';
import { inspectInput } from './input-guard';
import { storageFailure } from './storage-failure';

export interface RequestContext {
  /** The signed-in user, when there is one. */
  userId: string | null;
  workstation: string;
}

type Contract = typeof ipcContract;
type HandlerOutput<C extends IpcChannel> = z.input<Contract[C]['output']>;

export type Handlers = {
  [C in IpcChannel]: (input: IpcParsedInput<C>, ctx: RequestContext) => Promise<HandlerOutput<C>> | HandlerOutput<C>;
};

export interface Logger {
  error(message: string, detail?: unknown): void;
}

/** A refusal lists at most this many field issues, each cut to MAX_ISSUE_LENGTH characters. */
export const MAX_ISSUES = 20;
export const MAX_ISSUE_LENGTH = 200;

const cut = (text: string) => (text.length > MAX_ISSUE_LENGTH ? `${text.slice(0, MAX_ISSUE_LENGTH - 1)}…` : text);

/**
 * Each issue with its field path, an English sentence naming the field (shared/ipc/validation-words.ts: never the
 * schema's wording) for logs, and a stable reason with its bounds that the screen words in the reader's language.
 */
function toIssues(issues: ParsedIssue[]): IpcIssue[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => ({ ...issue, path: cut(issue.path), message: cut(issue.message) }));
}

function describeIssues(issues: IpcIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join('; ');
}

function failure(code: AppError['code'], message: string, issues: IpcIssue[] = []): IpcResult<never> {
  return { ok: false, error: { code, message, issues } };
}

function fromAppError(error: AppError): IpcResult<never> {
  const base = failure(error.code, error.message, error.issues.slice(0, MAX_ISSUES));
  if (base.ok) return base;
  if (error.retryable) base.error.retryable = true;
  if (error.params) base.error.params = error.params;
  return base;
}

const INTERNAL = 'Something went wrong inside Chairside and the action did not complete. If it happens again, tell IT.';

export type Dispatch = (channel: unknown, input: unknown, ctx: RequestContext) => Promise<IpcResult<unknown>>;

/**
 * Decides from the channel's access level and the session whether a call may run at all: it answers
 * before validation, so a locked workstation neither validates nor runs anything (services/auth/session.ts).
 */
export type AccessGuard = (channel: IpcChannel, ctx: RequestContext) => Promise<AppError | null>;

export interface RouterOptions {
  guard?: AccessGuard;
  /** The database file, named in storage failures that carry no file of their own. */
  databaseFile?: string;
}

function validate(
  channel: IpcChannel,
  input: unknown,
): { ok: true; data: unknown } | { ok: false; result: IpcResult<never> } {
  const shape = inspectInput(input);
  if (shape) {
    return {
      ok: false,
      result: failure('invalid', `Invalid input for ${channel}: ${describeIssues([shape])}`, [shape]),
    };
  }
  const parsed = parseWithWords(ipcContract[channel].input, input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = toIssues(parsed.issues);
  return { ok: false, result: failure('invalid', `Invalid input for ${channel}: ${describeIssues(issues)}`, issues) };
}

/**
 * Checks access, then the input's shape and the channel's schema before any handler runs; runs the handler,
 * validates its output, and wraps everything in the envelope, whatever throws. Storage failures become their
 * typed codes (naming the file); other unexpected errors become `internal` with a generic message: the
 * detail (which may hold patient data or a stack) goes to the log only.
 */
export function createRouter(handlers: Handlers, log: Logger, options: RouterOptions = {}): Dispatch {
  const databaseFile = options.databaseFile ?? 'the Chairside database';
  return async (channel, input, ctx) => {
    if (!isIpcChannel(channel)) return failure('not-found', 'Unknown channel.');
    try {
      const refusal = options.guard ? await options.guard(channel, ctx) : null;
      if (refusal) return fromAppError(refusal);
      const checked = validate(channel, input);
      if (!checked.ok) return checked.result;
      const handler = handlers[channel] as (input: unknown, ctx: RequestContext) => unknown;
      const value = ipcContract[channel].output.parse(await handler(checked.data, ctx));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return fromAppError(error);
      const storage = storageFailure(error, databaseFile);
      log.error(`Handler for ${channel} failed`, error);
      return storage ? fromAppError(storage) : failure('internal', INTERNAL);
    }
  };
}
