import type { CenterDbTestResult } from '../../../../shared/ipc/contract/center-db';
import { recoveryCheckOf } from '../../security/key-material';
import { parseRecoveryKey } from '../../security/recovery-key';
import {
  centerSchemaState,
  classifyConnectionFailure,
  describeConnectionFailure,
  migrateCommand,
} from '../../store/center';
import { probeCenterDatabase, type CenterProbe } from '../../store/center-probe';
import { checkCenterUrl, databaseAddress, serverAddress } from '../../store/location';

// Settings › Center database › Test connection: what the app would meet if this workstation started on that
// URL, without migrating, writing or keeping the connection. A failure is an answer, not a refusal: a stable
// reason the screen words in the reader's language, with the server and the driver's detail.

/** Long enough for a TLS handshake over a hospital WAN; short enough that a silent host does not hold the screen. */
export const CONNECTION_TEST_TIMEOUT_MS = 5000;

export interface ConnectionTestInput {
  url: string;
  password?: string | undefined;
  centerKey?: string | undefined;
}

type KeyState = Extract<CenterDbTestResult, { ok: true }>['centerKey'];

function keyState(given: string | undefined, probe: CenterProbe): KeyState {
  if (!given) return 'not-given';
  const master = parseRecoveryKey(given);
  if (!master) return 'invalid';
  if (probe.keyCheck === null) return 'not-set-up';
  return recoveryCheckOf(master) === probe.keyCheck ? 'matches' : 'differs';
}

export async function testCenterConnection(
  input: ConnectionTestInput,
  options: { workstation: string; timeoutMs?: number },
): Promise<CenterDbTestResult> {
  const host = serverAddress(input.url);
  const checked = checkCenterUrl(input.url);
  if ('refusal' in checked) {
    const { reason, message } = checked.refusal;
    return { ok: false, reason, params: { host, detail: '' }, message };
  }
  const { location } = checked;
  let probe: CenterProbe;
  try {
    probe = await probeCenterDatabase(location, {
      password: input.password || undefined,
      workstation: options.workstation,
      timeoutMs: options.timeoutMs ?? CONNECTION_TEST_TIMEOUT_MS,
    });
  } catch (error) {
    const { reason, detail } = classifyConnectionFailure(error);
    return { ok: false, reason, params: { host, detail }, message: describeConnectionFailure(error, location.label) };
  }
  const schema = centerSchemaState(probe.applied);
  const centerKey = keyState(input.centerKey, probe);
  return {
    ok: true,
    label: databaseAddress(location.url),
    schema: { state: schema.state, pending: schema.pending.length, command: migrateCommand(location) },
    centerKey,
    usable: schema.state === 'current' && centerKey === 'matches',
  };
}
