import { randomUUID } from 'node:crypto';
import { LIVE_TOPICS, type LiveChange, type LiveTopic } from '../../../shared/ipc/live';
import type { Store } from '../store/database';
import type { LiveHub } from './live';
import type { Logger } from './router';

// Carries the core's committed writes to the other workstations of a center (PostgreSQL NOTIFY) and theirs
// to this core's hub. On SQLite there is nobody else: the hub alone serves the windows of this process.

export interface LiveRelay {
  announce(change: Omit<LiveChange, 'remote'>): void;
  stop(): Promise<void>;
}

interface Wire {
  origin: string;
  topics: LiveTopic[];
  channel: string;
}

function parseWire(payload: string): Wire | null {
  try {
    const value = JSON.parse(payload) as Partial<Wire>;
    if (typeof value.origin !== 'string' || typeof value.channel !== 'string' || !Array.isArray(value.topics))
      return null;
    const topics = value.topics.filter((t): t is LiveTopic => (LIVE_TOPICS as readonly unknown[]).includes(t));
    return { origin: value.origin, channel: value.channel, topics };
  } catch {
    return null;
  }
}

export function startLiveRelay(store: Store, hub: LiveHub, log: Logger, now: () => Date): LiveRelay {
  const channel = store.live;
  if (!channel) return { announce: () => undefined, stop: () => Promise.resolve() };
  const origin = randomUUID();
  const stop = channel.listen(
    (payload) => {
      const wire = parseWire(payload);
      if (wire && wire.origin !== origin) hub.remote({ topics: wire.topics, channel: wire.channel });
    },
    (answering) => hub.setConnection(answering ? 'ok' : 'unreachable', now()),
  );
  return {
    announce: (change) => {
      channel
        .notify(JSON.stringify({ origin, ...change } satisfies Wire))
        .catch((error: unknown) => log.error('Announcing a change to the other workstations failed', error));
    },
    stop,
  };
}
