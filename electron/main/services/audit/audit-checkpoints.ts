import type { AuditCheckpoint } from '../../../../shared/ipc/contract/audit';
import { appendCheckpoint, fileAuditHeadReader, readCheckpoints, signCheckpoint } from '../../store/audit-checkpoints';
import type { Store } from '../../store/database';
import type { KeyMaterial } from '../../security/key-material';

// Takes a signed checkpoint when the trail has grown since the last one: at start-up, every few minutes
// while the app runs, after a chain check and when the app closes (core/create-core.ts).

export interface CheckpointerDeps {
  store: Pick<Store, 'prepare' | 'dialect'>;
  keys: Pick<KeyMaterial, 'checkpointPrivateKey' | 'checkpointKeyId'>;
  file: string;
  now: () => Date;
}

export function createCheckpointer(deps: CheckpointerDeps) {
  let latest: AuditCheckpoint | null = readCheckpoints(deps.file).checkpoints.at(-1) ?? null;
  // Checkpoints are one workstation's file beside its SQLite database; a center database is covered by the
  // server's own backups instead, so in center mode none are taken (no head reader).
  const head = fileAuditHeadReader(deps.store);

  /**
   * Writes a checkpoint unless the trail is empty or unchanged since the last one; returns the latest. After a
   * restore, a restore marker is written whatever the head: earlier checkpoints past it no longer apply.
   */
  function take(kind?: 'restore'): AuditCheckpoint | null {
    const row = head?.();
    if (!row) return latest;
    if (!kind && latest && latest.headId === row.id && latest.headHash === row.hash) return latest;
    const next = signCheckpoint(
      {
        ...(kind ? { kind } : {}),
        seq: (latest?.seq ?? 0) + 1,
        atUtc: deps.now().toISOString(),
        count: row.n,
        headId: row.id,
        headHash: row.hash,
        keyId: deps.keys.checkpointKeyId,
      },
      deps.keys.checkpointPrivateKey,
    );
    appendCheckpoint(deps.file, next);
    latest = next;
    return next;
  }

  return { take, latest: () => latest, file: deps.file, keyId: deps.keys.checkpointKeyId };
}

export type Checkpointer = ReturnType<typeof createCheckpointer>;
