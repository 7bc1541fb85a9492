import type { CoreDeps } from '../core/deps';
import type { Handlers, RequestContext } from '../core/router';
import type { Who } from '../services/auth/credentials';
import { signIn as signInWith } from '../services/auth/sign-in';
import { createUserService } from '../services/auth/users';

type AuthChannels =
  | 'auth:status'
  | 'auth:setup-admin'
  | 'auth:sign-in'
  | 'auth:sign-out'
  | 'auth:lock'
  | 'auth:unlock'
  | 'auth:activity'
  | 'auth:verify-second-user'
  | 'users:list'
  | 'users:create'
  | 'users:set-secret'
  | 'users:set-active';

export function authHandlers(deps: CoreDeps): Pick<Handlers, AuthChannels> {
  const { session, verifications } = deps;
  const credentialDeps = { store: deps.store, now: deps.now, policy: deps.authPolicy, write: deps.write };
  const users = createUserService({ ...credentialDeps, session });

  const signInDeps = { ...credentialDeps, session, verifications };
  const signIn = (who: Who, secret: string, ctx: RequestContext, purpose: 'sign-in' | 'unlock') =>
    signInWith(signInDeps, who, secret, ctx, purpose);

  return {
    'auth:status': () => session.status(),
    'auth:setup-admin': (input, ctx) => users.setupAdmin(input, ctx),
    'auth:sign-in': ({ secret, ...who }, ctx) => signIn(who, secret, ctx, 'sign-in'),
    'auth:unlock': ({ secret, ...who }, ctx) => signIn(who, secret, ctx, 'unlock'),
    'auth:sign-out': async () => {
      verifications.clear();
      await session.end();
      return session.status();
    },
    'auth:lock': async () => {
      await session.lock();
      return session.status();
    },
    'auth:activity': async () => {
      await session.activity();
      return session.status();
    },
    'auth:verify-second-user': ({ secret, actionId, ...who }, ctx) => verifications.verify(who, secret, actionId, ctx),
    'users:list': () => users.list(),
    'users:create': (input, ctx) => users.create(input, ctx),
    'users:set-secret': (input, ctx) => users.setSecret(input, ctx),
    'users:set-active': (input, ctx) => users.setActive(input, ctx),
  };
}
