import type { IpcChannel } from './channels';
import { ipcContract, type ChannelSpec } from './contract';

/**
 * Who may call a channel; the core's router checks it before validating input or running a handler.
 * - `open`: always, even while locked or signed out (sign-in, status, app info, the language setting).
 * - `user`: a signed-in, unlocked user (account management, audit verification).
 * - `patient`: a signed-in, unlocked user; the default, so a channel added without thinking about access
 *   is treated as patient data. While locked these channels answer `locked` and return nothing.
 * - `manage`: a signed-in, unlocked charge nurse or administrator: center setup, settings, accounts, the
 *   audit trail and backups. A nurse is answered `forbidden` before the input is even validated.
 * While no user account exists at all (setup mode: a fresh install) every channel is open.
 */
export const CHANNEL_ACCESS_LEVELS = ['open', 'user', 'patient', 'manage'] as const;
export type ChannelAccess = (typeof CHANNEL_ACCESS_LEVELS)[number];

export function channelAccess(channel: IpcChannel): ChannelAccess {
  return (ipcContract[channel] as ChannelSpec).access ?? 'patient';
}
