import { EventEmitter } from 'node:events';
import type { IpcResult } from '../../../shared/ipc/result';
import { LIVE_WRITES, type ConnectionState, type LiveChange } from '../../../shared/ipc/live';
import type { IpcChannel } from '../../../shared/ipc/channels';

// The core's live events: a committed write of this process (any dialect), a change another workstation
// announced through PostgreSQL (store/live-postgres.ts), and the state of the center connection. Electron's
// main and the browser harness forward both to the renderer; tests subscribe directly.

export interface LiveHub {
  subscribe(listener: (change: LiveChange) => void): () => void;
  onConnection(listener: (state: ConnectionState) => void): () => void;
  connection(): ConnectionState;
  /** From the PostgreSQL listener: a change made by another workstation. */
  remote(change: Omit<LiveChange, 'remote'>): void;
  setConnection(status: ConnectionState['status'], at: Date): void;
  /** After a dispatch: announces a committed write, and notes a server that stopped (or resumed) answering. */
  afterDispatch(channel: unknown, result: IpcResult<unknown>, at: Date): Omit<LiveChange, 'remote'> | null;
}

export function createLiveHub(): LiveHub {
  const events = new EventEmitter();
  events.setMaxListeners(50);
  let state: ConnectionState = { status: 'ok', since: null };
  const on = <T>(name: string, listener: (value: T) => void) => {
    events.on(name, listener);
    return () => void events.off(name, listener);
  };
  const hub: LiveHub = {
    subscribe: (listener) => on('change', listener),
    onConnection: (listener) => on('connection', listener),
    connection: () => state,
    remote: (change) => void events.emit('change', { ...change, remote: true }),
    setConnection: (status, at) => {
      if (status === state.status) return;
      state = { status, since: status === 'ok' ? null : at.toISOString() };
      events.emit('connection', state);
    },
    afterDispatch: (channel, result, at) => {
      if (!result.ok) {
        if (result.error.code === 'unreachable') hub.setConnection('unreachable', at);
        return null;
      }
      const topics = LIVE_WRITES[channel as IpcChannel];
      if (!topics) return null;
      const change = { topics: [...topics], channel: channel as string };
      events.emit('change', { ...change, remote: false });
      return change;
    },
  };
  return hub;
}
