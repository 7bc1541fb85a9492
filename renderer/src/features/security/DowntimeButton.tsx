import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../app/api';
import './security.css';

/** One click: today's schedule with each patient's regimen, allergies and last reaction, on paper. */
export function DowntimeButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'ok' | 'error'; text: string }>({
    kind: 'idle',
  });

  async function print() {
    setState({ kind: 'busy' });
    try {
      const result = await call('downtime:print', {});
      setState(
        result.done
          ? { kind: 'ok', text: t('security.downtime.printed', { count: result.appointments }) }
          : { kind: 'idle' },
      );
    } catch (error) {
      setState({ kind: 'error', text: error instanceof ApiError ? error.message : String(error) });
    }
  }

  return (
    <div className="downtime no-print">
      <button
        type="button"
        className="button"
        title={t('security.downtime.help')}
        disabled={state.kind === 'busy'}
        onClick={() => void print()}
      >
        {state.kind === 'busy' ? t('security.downtime.printing') : t('security.downtime.print')}
      </button>
      {(state.kind === 'ok' || state.kind === 'error') && (
        <p role={state.kind === 'ok' ? 'status' : 'alert'} className={`status status-${state.kind}`}>
          {state.text}
        </p>
      )}
    </div>
  );
}
