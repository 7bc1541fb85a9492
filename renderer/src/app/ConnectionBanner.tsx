import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMinutes } from '../../../shared/center/calendar';
import type { ConnectionState } from '../../../shared/ipc/live';
import { clinicNow } from '../../../shared/time/clock';
import { useQuery } from './api';
import { flushDrafts } from './drafts';

/**
 * Center mode: the server stopped answering. Says since when (24-hour clinic time) and that drafts are kept
 * on this workstation (in memory, by app/drafts.ts); when the server answers again every open draft is sent.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const info = useQuery('system:info', {});
  const [state, setState] = useState<ConnectionState>({ status: 'ok', since: null });
  useEffect(
    () =>
      window.api.onConnection((next) => {
        setState(next);
        if (next.status === 'ok') void flushDrafts();
      }),
    [],
  );
  if (state.status === 'ok' || !state.since) return null;
  const timeZone = info.data?.timeZone ?? 'UTC';
  const time = formatMinutes(clinicNow(new Date(state.since), timeZone).minute);
  return (
    <p className="status status-error connection-banner" role="alert" data-testid="connection-banner">
      <span aria-hidden="true">⚠ </span>
      {t('connection.unreachable', { time })}
    </p>
  );
}
