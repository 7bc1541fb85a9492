import { openStore, type Store } from './database';

// Center mode's outbox of chart drafts: a small SQLite file on this workstation (SQLCipher-encrypted with a
// key derived from the center key, as the workstation file is with its own), where a draft saved while the
// center database cannot be reached is kept, committed (synchronous=FULL) before the save is answered, so a
// killed process loses nothing. One row per draft: the latest input, who typed it, and what the server last
// knew of it. services/charting/draft-outbox.ts sends the rows when the server answers again.

export interface OutboxRow {
  /** The draft's id: its server id, or the id it will be created with. */
  slot: string;
  userId: string;
  /** The latest save-draft input, as JSON. */
  input: string;
  /** True when the server has never seen this draft. */
  create: boolean;
  /** The draft's updatedAt as the server last gave it (an update only). */
  baseUpdatedAt: string | null;
  /** The request id of the replay: the same one after a crash mid-replay, so the server lands it once. */
  requestId: string;
  queuedAt: string;
  /** When the nurse typed the version kept (its latest save here); null in a file kept before it was recorded. */
  typedAt: string | null;
  /** Why the server refused it (someone changed or signed it meanwhile): kept, never sent again. */
  conflict: string | null;
}

interface Raw {
  slot: string;
  user_id: string;
  input: string;
  is_create: number;
  base_updated_at: string | null;
  request_id: string;
  queued_at: string;
  typed_at: string | null;
  conflict: string | null;
}

const toRow = (r: Raw): OutboxRow => ({
  slot: r.slot,
  userId: r.user_id,
  input: r.input,
  create: r.is_create === 1,
  baseUpdatedAt: r.base_updated_at,
  requestId: r.request_id,
  queuedAt: r.queued_at,
  typedAt: r.typed_at,
  conflict: r.conflict,
});

export interface DraftOutbox {
  find(slot: string): OutboxRow | undefined;
  /** Rows still to send, oldest first. */
  pending(): OutboxRow[];
  conflicts(): OutboxRow[];
  put(row: OutboxRow): void;
  remove(slot: string): void;
  markConflict(slot: string, reason: string): void;
  close(): Promise<void>;
}

export function openDraftOutbox(path: string, key: Buffer | undefined, nativeBinding?: string): DraftOutbox {
  const store: Store = openStore(path, { key, nativeBinding });
  store
    .prepare(
      `CREATE TABLE IF NOT EXISTS draft_outbox (slot TEXT PRIMARY KEY, user_id TEXT NOT NULL, input TEXT NOT NULL,
        is_create INTEGER NOT NULL, base_updated_at TEXT, request_id TEXT NOT NULL, queued_at TEXT NOT NULL,
        conflict TEXT, typed_at TEXT)`,
    )
    .run();
  // An outbox file kept by an earlier version has no typed_at: its rows fall back to queued_at when sent.
  const columns = store.prepare<{ name: string }>('PRAGMA table_info(draft_outbox)').all();
  if (!columns.some((c) => c.name === 'typed_at'))
    store.prepare('ALTER TABLE draft_outbox ADD COLUMN typed_at TEXT').run();
  const all = (where: string) =>
    store.prepare<Raw>(`SELECT * FROM draft_outbox WHERE ${where} ORDER BY queued_at, slot`).all().map(toRow);
  return {
    find: (slot) => {
      const raw = store.prepare<Raw>('SELECT * FROM draft_outbox WHERE slot = ?').get(slot);
      return raw ? toRow(raw) : undefined;
    },
    pending: () => all('conflict IS NULL'),
    conflicts: () => all('conflict IS NOT NULL'),
    put: (r) =>
      void store
        .prepare(
          `INSERT OR REPLACE INTO draft_outbox (slot, user_id, input, is_create, base_updated_at, request_id, queued_at,
             typed_at, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          r.slot,
          r.userId,
          r.input,
          r.create ? 1 : 0,
          r.baseUpdatedAt,
          r.requestId,
          r.queuedAt,
          r.typedAt,
          r.conflict,
        ),
    remove: (slot) => void store.prepare('DELETE FROM draft_outbox WHERE slot = ?').run(slot),
    markConflict: (slot, reason) =>
      void store.prepare('UPDATE draft_outbox SET conflict = ? WHERE slot = ?').run(reason, slot),
    close: () => store.close(),
  };
}
