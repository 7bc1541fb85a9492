import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../shared/center/calendar';
import type { ConnectionState } from '../../../shared/ipc/live';
import { clinicNow } from '../../../shared/time/clock';
import { useSession } from '../features/auth';
import { useQuery } from './api';
import { flushDrafts } from './drafts';

/**
 * Center mode: the server stopped answering. Says since when (24-hour clinic time) and that drafts are kept
 * on this workstation: main keeps every draft saved meanwhile in its outbox file on this workstation and
 * sends it when the server answers again, and the open forms save again too. A kept draft the server
 * refused when it was sent (changed or signed meanwhile on another workstation) is shown here, never sent.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const info = useQuery('system:info', {});
  const { status } = useSession();
  const signedIn = status.user !== null && !status.locked;
  const outbox = useQuery('charting:draft-outbox', {}, { enabled: signedIn });
  const [state, setState] = useState<ConnectionState>({ status: 'ok', since: null });
  const { reload } = outbox;
  useEffect(
    () =>
      window.api.onConnection((next) => {
        setState(next);
        if (next.status === 'ok') void flushDrafts().then(reload);
      }),
    [reload],
  );
  const timeZone = info.data?.timeZone ?? 'UTC';
  const at = (iso: string) => formatMinutes(clinicNow(new Date(iso), timeZone).minute);
  const conflicts = signedIn ? (outbox.data?.conflicts ?? []) : [];
  return (
    <>
      {state.status !== 'ok' && state.since ? (
        <p className="status status-error connection-banner" role="alert" data-testid="connection-banner">
          <span aria-hidden="true">⚠ </span>
          {t('connection.unreachable', { time: at(state.since) })}
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <div className="status status-error connection-banner" role="alert" data-testid="draft-outbox-conflicts">
          {conflicts.map((c) => (
            <p key={c.id}>{t('connection.notSent', { time: at(c.queuedAt) })}</p>
          ))}
        </div>
      ) : null}
    </>
  );
}
