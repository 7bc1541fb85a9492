// The list of IPC channel names, free of runtime dependencies: the sandboxed preload imports only this file
// (TOOLCHAIN P6). The contract in ./contract.ts must define exactly these channels (checked by its type).
export const IPC_CHANNELS = [
  'system:info',
  'settings:get',
  'settings:update',
  'audit:list',
] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];

const channelSet: ReadonlySet<string> = new Set(IPC_CHANNELS);

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && channelSet.has(value);
}
