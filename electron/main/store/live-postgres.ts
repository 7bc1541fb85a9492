import type pg from 'pg';

// PostgreSQL's LISTEN/NOTIFY between the workstations of a center. One connection of the pool listens (and
// comes back by itself when the server returns); NOTIFY goes out on any connection after a write committed.
// The same connection tells whether the server answers: the "center database unreachable" banner.

export const LIVE_CHANNEL = 'chairside_live';
const RETRY_MS = 2000;

export interface LiveChannel {
  notify(payload: string): Promise<void>;
  /** Listens until the returned stop is called; `onState(false)` when the server stops answering. */
  listen(onMessage: (payload: string) => void, onState: (answering: boolean) => void): () => Promise<void>;
}

export function postgresLiveChannel(pool: pg.Pool): LiveChannel {
  return {
    notify: async (payload) => {
      await pool.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, payload]);
    },
    listen: (onMessage, onState) => {
      let stopped = false;
      let client: pg.PoolClient | null = null;
      let timer: NodeJS.Timeout | null = null;
      // A dropped connection can say so more than once (an error event, then the failed LISTEN): it goes back to
      // the pool once, and one reconnection is planned.
      const released = new WeakSet<pg.PoolClient>();
      const release = (c: pg.PoolClient, destroy: boolean) => {
        if (released.has(c)) return;
        released.add(c);
        c.release(destroy);
      };
      const lost = (failed: pg.PoolClient | null) => {
        if (failed) release(failed, true);
        if (failed && client !== null && client !== failed) return;
        client = null;
        if (stopped || timer) return;
        onState(false);
        timer = setTimeout(() => {
          timer = null;
          void connect();
        }, RETRY_MS);
        timer.unref();
      };
      const connect = async () => {
        let next: pg.PoolClient | null = null;
        try {
          next = await pool.connect();
          next.on('notification', (message) => message.payload && onMessage(message.payload));
          next.on('error', () => lost(next));
          await next.query(`LISTEN ${LIVE_CHANNEL}`);
          if (stopped) return release(next, false);
          client = next;
          onState(true);
        } catch {
          lost(next);
        }
      };
      void connect();
      return async () => {
        stopped = true;
        if (timer) clearTimeout(timer);
        if (!client) return;
        const last = client;
        client = null;
        await last.query(`UNLISTEN ${LIVE_CHANNEL}`).catch(() => undefined);
        release(last, false);
      };
    },
  };
}
