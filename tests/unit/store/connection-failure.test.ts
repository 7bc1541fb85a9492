import { describe, expect, it } from 'vitest';
import {
  centerSchemaState,
  classifyConnectionFailure,
  describeConnectionFailure,
} from '../../../electron/main/store/center';
import { checkCenterUrl } from '../../../electron/main/store/location';
import { MIGRATIONS } from '../../../electron/main/store/migrations';

// Settings › Center database › Test connection names what failed with one stable reason each; the English
// sentence stays for the log, the command line and the start-up dialog.

const failure = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const LABEL = 'the center database db.hospital.local:5432/center';

describe('connection failures, classified from the driver’s code and message', () => {
  it.each([
    [failure('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'), 'unreachable', 'ECONNREFUSED'],
    [failure('ENOTFOUND', 'getaddrinfo ENOTFOUND db'), 'unreachable', 'ENOTFOUND'],
    [failure('EHOSTUNREACH'), 'unreachable', 'EHOSTUNREACH'],
    [failure('ENETUNREACH'), 'unreachable', 'ENETUNREACH'],
    [failure('EAI_AGAIN'), 'unreachable', 'EAI_AGAIN'],
    [failure('ETIMEDOUT', 'connect ETIMEDOUT'), 'timeout', 'connect ETIMEDOUT'],
    [new Error('timeout expired'), 'timeout', 'timeout expired'],
    [
      new Error('Connection terminated due to connection timeout'),
      'timeout',
      'Connection terminated due to connection timeout',
    ],
    [
      failure('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'),
      'tls',
      'self-signed certificate in certificate chain',
    ],
    [
      failure('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
      'tls',
      "Hostname/IP does not match certificate's altnames",
    ],
    [new Error('The server does not support SSL connections'), 'tls', 'The server does not support SSL connections'],
    [
      failure('ENOENT', "ENOENT: no such file or directory, open '/etc/ca.pem'"),
      'tls',
      "ENOENT: no such file or directory, open '/etc/ca.pem'",
    ],
    [failure('28P01', 'password authentication failed for user "chairside"'), 'authentication', '28P01'],
    [failure('28000', 'no pg_hba.conf entry for host'), 'authentication', '28000'],
    [
      new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string'),
      'authentication',
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string',
    ],
    [failure('3D000', 'database "center" does not exist'), 'database-missing', '3D000'],
    [failure('53300', 'sorry, too many clients already'), 'other', 'sorry, too many clients already'],
  ])('%s → %s', (error, reason, detail) => {
    expect(classifyConnectionFailure(error)).toEqual({ reason, detail });
  });

  it('keeps the English sentence IT reads in the log and the start-up dialog', () => {
    expect(describeConnectionFailure(failure('ECONNREFUSED'), LABEL)).toBe(
      `No server answers at ${LABEL} (host unreachable: ECONNREFUSED).`,
    );
    expect(describeConnectionFailure(failure('28P01'), LABEL)).toMatch(/refused the user name or password/);
    expect(describeConnectionFailure(failure('3D000'), LABEL)).toMatch(/does not exist on that server/);
    expect(describeConnectionFailure(new Error('timeout expired'), LABEL)).toMatch(/connection timed out/);
    expect(describeConnectionFailure(failure('CERT_HAS_EXPIRED', 'certificate has expired'), LABEL)).toMatch(
      /TLS connection .* failed: certificate has expired/,
    );
  });
});

describe('a URL refused before any connection', () => {
  it.each([
    ['db.hospital.local:5432/center', 'bad-url'],
    ['postgres://chairside@127.0.0.1:5432/', 'bad-url'],
    ['postgres://chairside:hunter2@127.0.0.1:5432/center', 'password-in-url'],
    ['postgres://chairside@db.hospital.local/center', 'tls-required'],
    ['postgres://chairside@db.hospital.local/center?sslmode=require', 'tls-required'],
  ])('%s → %s', (url, reason) => {
    expect(checkCenterUrl(url)).toMatchObject({ refusal: { reason } });
  });

  it('accepts a loopback server, and a remote one with verify-full TLS', () => {
    expect(checkCenterUrl('postgres://chairside@127.0.0.1:5432/center')).toHaveProperty('location');
    expect(checkCenterUrl('postgresql://chairside@db.hospital.local/center?sslmode=verify-full')).toHaveProperty(
      'location',
    );
  });
});

describe('the schema of a center database against this version', () => {
  const all = MIGRATIONS.map(([name]) => name);
  it('is empty, older (with the count pending), current, or newer (naming the unknown updates)', () => {
    expect(centerSchemaState([])).toMatchObject({ state: 'empty', pending: all });
    expect(centerSchemaState(all.slice(0, -2))).toMatchObject({ state: 'older', pending: all.slice(-2) });
    expect(centerSchemaState(all)).toMatchObject({ state: 'current', pending: [] });
    expect(centerSchemaState([...all, '9999-from-the-future'])).toMatchObject({
      state: 'newer',
      unknown: ['9999-from-the-future'],
    });
  });
});
