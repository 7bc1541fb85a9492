import type { IpcChannel } from './channels';

// Live updates between workstations: after a committed write, main tells every window what changed (and
// PostgreSQL's NOTIFY carries it to the other workstations of the center), so the day view and the chairside
// list refetch without a reload. Only topics travel: never a patient's name or any clinical content.

export const LIVE_TOPICS = ['appointments', 'chart', 'reactions'] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

export interface LiveChange {
  topics: LiveTopic[];
  /** The channel that wrote, e.g. "schedule:book-dose". */
  channel: string;
  /** True when another workstation (another process) made the change. */
  remote: boolean;
}

/** The database connection, as the banner shows it (center mode only; SQLite is always 'ok'). */
export interface ConnectionState {
  status: 'ok' | 'unreachable';
  /** When the server stopped answering (ISO time), while unreachable. */
  since: string | null;
}

/** Electron's event name, from main to the preload. */
export const LIVE_EVENT = 'chairside:live';
export const CONNECTION_EVENT = 'chairside:connection';

/** What each write channel changes. A channel not listed changes nothing the other screens show live. */
export const LIVE_WRITES: Partial<Record<IpcChannel, readonly LiveTopic[]>> = {
  'schedule:book-plan': ['appointments'],
  'schedule:book-dose': ['appointments'],
  'schedule:hold-dose': ['appointments'],
  'schedule:cancel': ['appointments'],
  'schedule:no-show': ['appointments'],
  'schedule:move': ['appointments'],
  'schedule:set-status': ['appointments'],
  'schedule:move-off-closed-day': ['appointments'],
  'schedule:tighten-apply': ['appointments'],
  'pharmacy:advance': ['appointments'],
  'charting:check-in': ['appointments', 'chart'],
  'charting:infusion': ['appointments', 'chart', 'reactions'],
  'charting:visit': ['appointments', 'chart'],
  'charting:save-draft': ['chart'],
  'charting:sign': ['chart', 'reactions'],
  'charting:correct': ['chart', 'reactions'],
  'chart:sign': ['chart'],
  'chart:correct': ['chart'],
  'labs:enter': ['chart'],
  'labs:void': ['chart'],
  'ready:release': ['appointments', 'chart'],
};
