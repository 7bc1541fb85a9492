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
      const lost = (failed: pg.PoolClient | null) => {
        if (failed) failed.release(true);
        client = null;
        if (stopped) return;
        onState(false);
        timer = setTimeout(() => void connect(), RETRY_MS);
        timer.unref();
      };
      const connect = async () => {
        let next: pg.PoolClient | null = null;
        try {
          next = await pool.connect();
          next.on('notification', (message) => message.payload && onMessage(message.payload));
          next.on('error', () => lost(next));
          await next.query(`LISTEN ${LIVE_CHANNEL}`);
          if (stopped) return next.release();
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
        last.release();
      };
    },
  };
}
