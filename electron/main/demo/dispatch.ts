import type { IpcChannel } from '../../../shared/ipc/channels';
import type { IpcInput, IpcOutput } from '../../../shared/ipc/contract';
import type { Core } from '../core/create-core';

/** Demo data goes through the real channels, so it is validated and audited like anything a nurse enters. */
export async function demoCall<C extends IpcChannel>(
  core: Pick<Core, 'dispatch'>,
  channel: C,
  input: IpcInput<C>,
): Promise<IpcOutput<C>> {
  const result = await core.dispatch(channel, input, { userId: 'demo-seed' });
  if (!result.ok) throw new Error(`Demo seed: ${channel} was refused: ${result.error.message}`);
  return result.value as IpcOutput<C>;
}
