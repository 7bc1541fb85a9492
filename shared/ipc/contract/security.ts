import { z } from 'zod';
import type { ChannelSpec } from '../contract';
import { empty } from '../schemas';

// Encryption at rest and its recovery key. The key is shown to an administrator until she confirms she
// printed or stored it, then never again (it is not kept anywhere but in the keystore-wrapped key file).

export const securityStatus = z.object({
  encrypted: z.boolean(),
  /** Which keystore wraps the database key (e.g. electron-safe-storage:win32). */
  keystore: z.string(),
  recoveryKeyPending: z.boolean(),
});
export type SecurityStatus = z.infer<typeof securityStatus>;

export const securityChannels = {
  'security:status': { input: empty, output: securityStatus, access: 'manage' },
  'security:recovery-key': { input: empty, output: z.object({ recoveryKey: z.string() }), access: 'manage' },
  'security:confirm-recovery-key': { input: empty, output: securityStatus, access: 'manage' },
} satisfies Record<string, ChannelSpec>;
