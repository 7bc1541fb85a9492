import { randomUUID } from 'node:crypto';
import type { ChartEntry, ChartPayload } from '../../../../shared/ipc/contract/chart';
import type { CoreDeps } from '../../core/deps';
import { AppError } from '../../core/errors';
import type { Logger, RequestContext } from '../../core/router';
import { findEntry } from '../../repositories/chart';
import { openDraftOutbox, type DraftOutbox, type OutboxRow } from '../../store/draft-outbox';
import { classifyFailure } from '../../store/errors';
import { requireSignedIn } from '../auth/session';
import { chartKindOf, validatePayload } from '../chart/chart-kinds';
import { createChartingService, type DraftInput } from './service';

// Center mode: a chart draft saved while the center database cannot be reached is kept in this workstation's
// outbox (store/draft-outbox.ts) and answered as saved there, with the id it will have on the server; the
// form goes on saving over it. When the server answers again (start-up, the connection coming back, or the
// next save) the outbox sends each draft as its nurse's own save. A draft someone changed or signed
// meanwhile on another workstation is refused by the server as usual (stale, signed): it stays in the outbox
// with the reason, shown to the nurse, and is never sent over what is on the server. Signing needs the server.
// A sent draft's audit event carries the time the nurse typed it (typedAt) beside its own (when it reached
// the server), so the trail says both.

export interface DraftOutboxStatus {
  pending: number;
  conflicts: Array<{ id: string; patientId: string; kind: string; queuedAt: string; reason: string }>;
}

export interface DraftSaver {
  save(input: DraftInput, ctx: RequestContext): Promise<ChartEntry>;
  /** Sends what the outbox holds, oldest first; stops at the first sign that the server is still away. */
  replay(): Promise<void>;
  /** What the outbox holds for this nurse. */
  status(userId: string | null): DraftOutboxStatus;
  close(): Promise<void>;
}

type Save = (input: DraftInput & { createId?: string; typedAt?: string }, ctx: RequestContext) => Promise<ChartEntry>;

const isUnreachable = (error: unknown) => classifyFailure(error)?.kind === 'unreachable';

function provisional(row: OutboxRow, input: DraftInput, at: string): ChartEntry {
  return {
    id: row.slot,
    entryId: row.slot,
    patientId: input.patientId,
    appointmentId: input.appointmentId,
    kind: input.kind,
    status: 'draft',
    version: 1,
    supersedesId: null,
    payload: input.payload,
    authorId: row.userId,
    createdAt: row.queuedAt,
    updatedAt: at,
    signedBy: null,
    signedAt: null,
    verifiedBy: null,
    verifiedAt: null,
    correctionReason: null,
    isCurrent: true,
  };
}

export function createDraftSaver(deps: CoreDeps, save: Save, outbox: DraftOutbox | null, log: Logger): DraftSaver {
  let running: Promise<void> = Promise.resolve();
  // The stamps this process answered for kept drafts, and the server's own once a draft is sent: the form's
  // next save names the kept stamp, which stands for the server's.
  const stamps = new Map<string, { kept: string; server?: string }>();

  /** The server's updatedAt the form's expectedUpdatedAt stands for (a kept stamp once its draft was sent). */
  function serverStamp(input: DraftInput): string | undefined {
    const stamp = input.id ? stamps.get(input.id) : undefined;
    return stamp?.server && input.expectedUpdatedAt === stamp.kept ? stamp.server : input.expectedUpdatedAt;
  }

  function keep(input: DraftInput, ctx: RequestContext): ChartEntry {
    const userId = requireSignedIn(ctx, 'Charting');
    // A wrong value in a filled field is refused now, naming the field, as the server would.
    validatePayload(chartKindOf(input.kind).draftSchema, input.payload);
    const at = deps.now().toISOString();
    const earlier = input.id ? outbox!.find(input.id) : undefined;
    const base = serverStamp(input);
    const row: OutboxRow = earlier
      ? { ...earlier, input: JSON.stringify(input), requestId: randomUUID(), typedAt: at }
      : {
          slot: input.id ?? randomUUID(),
          userId,
          input: JSON.stringify(input),
          create: !input.id,
          baseUpdatedAt: input.id ? (base ?? null) : null,
          requestId: randomUUID(),
          queuedAt: at,
          typedAt: at,
          conflict: null,
        };
    if (row.userId !== userId) throw new AppError('forbidden', 'Only the nurse who started this draft can change it.');
    outbox!.put(row);
    stamps.set(row.slot, { kept: at });
    return provisional(row, input, at);
  }

  async function send(row: OutboxRow): Promise<void> {
    const input = JSON.parse(row.input) as DraftInput & { payload: ChartPayload };
    const ctx: RequestContext = { userId: row.userId, workstation: deps.workstation };
    // A draft created by an earlier replay whose answer was lost (the process stopped) is saved over.
    const created = row.create ? await findEntry(deps.store.db, row.slot) : undefined;
    const { id: _id, expectedUpdatedAt: _seen, ...rest } = input;
    const base = { ...rest, clientRequestId: row.requestId, typedAt: row.typedAt ?? row.queuedAt };
    const seen = row.baseUpdatedAt && !created ? { expectedUpdatedAt: row.baseUpdatedAt } : {};
    const sent =
      row.create && !created
        ? await save({ ...base, createId: row.slot }, ctx)
        : await save({ ...base, id: row.slot, ...seen }, ctx);
    outbox!.remove(row.slot);
    const stamp = stamps.get(row.slot);
    if (stamp) stamp.server = sent.updatedAt;
  }

  async function replayAll(): Promise<void> {
    for (const row of outbox!.pending()) {
      try {
        await send(row);
      } catch (error) {
        if (isUnreachable(error)) return;
        const reason = error instanceof AppError ? error.message : 'The center database refused this draft.';
        if (!(error instanceof AppError)) log.error('Sending a kept draft failed', error);
        outbox!.markConflict(row.slot, reason);
      }
    }
  }

  /** One replay at a time: a save waiting on it never races the rows it sends. */
  function replay(): Promise<void> {
    if (!outbox || outbox.pending().length === 0) return running;
    running = running.then(replayAll, replayAll);
    return running;
  }

  async function saveDraft(input: DraftInput, ctx: RequestContext): Promise<ChartEntry> {
    if (!outbox) return save(input, ctx);
    await replay();
    if (input.id && outbox.find(input.id)) return keep(input, ctx);
    const expectedUpdatedAt = serverStamp(input);
    try {
      return await save(expectedUpdatedAt ? { ...input, expectedUpdatedAt } : input, ctx);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      return keep(input, ctx);
    }
  }

  function status(userId: string | null): DraftOutboxStatus {
    const mine = (rows: OutboxRow[]) => rows.filter((row) => row.userId === userId);
    const conflicts = mine(outbox?.conflicts() ?? []).map((row) => {
      const input = JSON.parse(row.input) as DraftInput;
      return {
        id: row.slot,
        patientId: input.patientId,
        kind: input.kind,
        queuedAt: row.queuedAt,
        reason: row.conflict!,
      };
    });
    return { pending: mine(outbox?.pending() ?? []).length, conflicts };
  }

  return {
    save: saveDraft,
    replay,
    status,
    close: async () => {
      await running;
      await outbox?.close();
    },
  };
}

/**
 * The saver of a core: with an outbox in center mode (its file encrypted with the key the center key gives
 * this workstation's files), a plain pass-through on a workstation file. The charting service is built on
 * first use, once every handler (and chart kind) is registered.
 */
export function openDraftSaver(deps: CoreDeps, file: string | null, log: Logger): DraftSaver {
  const outbox = file ? openDraftOutbox(file, deps.secure.keys.databaseKey, deps.nativeBinding) : null;
  let charting: ReturnType<typeof createChartingService> | null = null;
  const save: Save = (input, ctx) => (charting ??= createChartingService(deps)).saveDraft(input, ctx);
  return createDraftSaver(deps, save, outbox, log);
}
