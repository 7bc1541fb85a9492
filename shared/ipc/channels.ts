// The list of IPC channel names, free of runtime dependencies: the sandboxed preload imports only this file
// (TOOLCHAIN P6). The contract in ./contract.ts must define exactly these channels (checked by its type).
export const IPC_CHANNELS = [
  'system:info',
  'settings:get',
  'settings:update',
  'audit:list',
  'audit:verify',
  'auth:status',
  'auth:setup-admin',
  'auth:sign-in',
  'auth:sign-out',
  'auth:lock',
  'auth:unlock',
  'auth:activity',
  'auth:verify-second-user',
  'users:list',
  'users:create',
  'users:set-secret',
  'users:set-active',
  'chart:save-draft',
  'chart:sign',
  'chart:correct',
  'chart:history',
  'chart:list',
  'patients:create',
  'patients:update',
  'patients:get',
  'patients:search',
  'center:get-setup',
  'center:save-chair',
  'center:save-hours',
  'center:save-closure',
  'center:delete-closure',
  'center:save-nurse',
  'center:save-shifts',
  'center:save-shift-override',
  'center:delete-shift-override',
  'center:save-limits',
  'plans:options',
  'plans:create',
  'plans:get',
  'plans:list-for-patient',
  'plans:set-status',
  'schedule:day',
  'schedule:book-plan',
  'schedule:book-dose',
  'schedule:hold-dose',
  'schedule:cancel',
  'schedule:no-show',
  'schedule:move',
  'schedule:check-move',
  'schedule:set-status',
  'schedule:history',
  'schedule:export-ics',
] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];

const channelSet: ReadonlySet<string> = new Set(IPC_CHANNELS);

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && channelSet.has(value);
}
