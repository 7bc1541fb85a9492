import type { ConnectionState, LiveChange } from './live';
import type { z } from 'zod';
import type { IpcChannel } from './channels';
import type { IpcResult } from './result';
import type { ChannelAccess } from './access';
import { auditChannels } from './contract/audit';
import { authChannels } from './contract/auth';
import { chartChannels } from './contract/chart';
import { chartingChannels } from './contract/charting';
import { chartingVisitChannels } from './contract/charting-visit';
import { centerChannels } from './contract/center';
import { injectionChannels } from './contract/injection';
import { carTProtocolChannels } from './contract/car-t-protocol';
import { handoutsChannels } from './contract/handouts';
import { patientsChannels } from './contract/patients';
import { labsChannels } from './contract/labs';
import { libraryChannels } from './contract/library';
import { orderChannels } from './contract/orders';
import { planChannels } from './contract/plans';
import { scheduleChannels } from './contract/schedule';
import { pharmacyChannels } from './contract/pharmacy';
import { assignmentChannels } from './contract/assignments';
import { systemChannels } from './contract/system';
import { securityChannels } from './contract/security';
import { backupChannels } from './contract/backups';
import { centerDbChannels } from './contract/center-db';
import { reportsChannels } from './contract/reports';
import { tightenChannels } from './contract/tighten';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Who may call it (see ./access.ts); omitted means patient data. */
  access?: ChannelAccess;
}

/**
 * The single source of truth for the boundary between renderer and main: each channel's input and output
 * schema. `satisfies` makes the compiler reject a channel missing here or one not listed in IPC_CHANNELS.
 */
export const ipcContract = {
  ...systemChannels,
  ...auditChannels,
  ...authChannels,
  ...chartChannels,
  ...chartingChannels,
  ...chartingVisitChannels,
  ...patientsChannels,
  ...centerChannels,
  ...injectionChannels,
  ...carTProtocolChannels,
  ...libraryChannels,
  ...planChannels,
  ...orderChannels,
  ...scheduleChannels,
  ...pharmacyChannels,
  ...assignmentChannels,
  ...handoutsChannels,
  ...securityChannels,
  ...backupChannels,
  ...centerDbChannels,
  ...labsChannels,
  ...reportsChannels,
  ...tightenChannels,
} satisfies Record<IpcChannel, ChannelSpec>;

type Contract = typeof ipcContract;

/** What the renderer sends (defaults may be omitted). */
export type IpcInput<C extends IpcChannel> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation and defaults. */
export type IpcParsedInput<C extends IpcChannel> = z.output<Contract[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.output<Contract[C]['output']>;

export interface RendererApi {
  invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcResult<IpcOutput<C>>>;
  /** What another window or workstation changed (shared/ipc/live.ts); returns the unsubscribe. */
  onLive(listener: (change: LiveChange) => void): () => void;
  /** The center database stopped or started answering; returns the unsubscribe. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
}
