import type { z } from 'zod';
import { ipcContract, type IpcParsedInput } from '../../../shared/ipc/contract';
import { isIpcChannel, type IpcChannel } from '../../../shared/ipc/channels';
import type { IpcIssue, IpcResult } from '../../../shared/ipc/result';
import { AppError } from './errors';

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

function toIssues(error: z.ZodError): IpcIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
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

export type Dispatch = (channel: unknown, input: unknown, ctx: RequestContext) => Promise<IpcResult<unknown>>;

/**
 * Decides from the channel's access level and the session whether a call may run at all: it answers
 * before validation, so a locked workstation neither validates nor runs anything (services/session.ts).
 */
export type AccessGuard = (channel: IpcChannel, ctx: RequestContext) => Promise<AppError | null>;

/**
 * Validates input against the contract before any handler runs, runs the handler, validates its output,
 * and wraps everything in the envelope. Unexpected errors become `internal` with a generic message: the
 * detail (which may hold patient data or a stack) goes to the log only.
 */
export function createRouter(handlers: Handlers, log: Logger, guard?: AccessGuard): Dispatch {
  return async (channel, input, ctx) => {
    if (!isIpcChannel(channel)) return failure('not-found', 'Unknown channel.');
    const refusal = guard ? await guard(channel, ctx) : null;
    if (refusal) return failure(refusal.code, refusal.message, refusal.issues);
    const spec = ipcContract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      return failure('invalid', `Invalid input for ${channel}: ${describeIssues(issues)}`, issues);
    }
    try {
      const handler = handlers[channel] as (input: unknown, ctx: RequestContext) => unknown;
      const value = spec.output.parse(await handler(parsed.data, ctx));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message, error.issues);
      log.error(`Handler for ${channel} failed`, error);
      return failure(
        'internal',
        'Something went wrong inside Chairside and the action did not complete. If it happens again, tell IT.',
      );
    }
  };
}
