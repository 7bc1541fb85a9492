import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rechallengeRate } from '../../../../../shared/charting/guidance';
import type { InfusionEvent, InfusionSummary } from '../../../../../shared/charting/infusion';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { formatDecimal } from '../../../../../shared/numbers/decimal';
import { localeOf } from '../../../components/NumberField';
import { ErrorLine, TimeField } from '../parts';
import { ActionDialog, type ActionAnswer } from './ActionDialog';
import { useInfusionAction } from './useInfusionAction';

type Ask = 'stop-early' | 'not-given' | 'interrupt' | 'rate' | 'restart-other' | 'undo' | null;

interface ControlsProps {
  context: VisitContext;
  drug: VisitDrug;
  summary: InfusionSummary;
  events: readonly InfusionEvent[];
  /** Why the drug may not start yet (no double check, an earlier drug running…), or null when it may. */
  startBlocked: string | null;
  /** Saves the administration draft first when there is none yet (an action needs the record). */
  ensureRecord: () => Promise<boolean>;
}

/**
 * The drug's actions at the chair, as its state allows: start; interrupt, change the rate, stop; restart
 * at the center's percentage or at a prescriber's rate; not given; undo the last event. Each is charted at
 * the time typed (now when empty), which main checks against its clock and the drug's previous event.
 */
export function InfusionControls({ context, drug, summary, events, startBlocked, ensureRecord }: ControlsProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const [time, setTime] = useState<string | null>(null);
  const [ask, setAsk] = useState<Ask>(null);
  const action = useInfusionAction(context, drug.drugId, () => {
    setTime(null);
    setAsk(null);
  });
  const at = time ? { time } : {};
  const go = async (input: Parameters<typeof action.run>[0]) => {
    if (await ensureRecord()) await action.run({ ...at, ...input });
  };
  const open = summary.interruptions.find((i) => i.to === null);
  const restart = open?.rateBefore ? rechallengeRate(open.rateBefore, drug.restartPercent) : null;
  const last = events.filter((e) => e.action !== 'void').at(-1);
  const state = summary.state;

  function confirm(answer: ActionAnswer) {
    const reason = answer.reason ? { reason: answer.reason } : {};
    const rate = answer.rateMlPerHour !== null ? { rateMlPerHour: answer.rateMlPerHour } : {};
    switch (ask) {
      case 'stop-early':
        return go({ action: 'stop', complete: false, ...reason });
      case 'not-given':
        return go({ action: 'not-given', ...reason });
      case 'interrupt':
        return go({ action: 'interrupt', ...reason });
      case 'rate':
        return go({ action: 'rate', ...rate, ...reason });
      case 'restart-other':
        return go({ action: 'restart', ...rate, ...reason });
      case 'undo':
        return last && go({ action: 'void', voidsEventId: last.id, ...reason });
    }
  }

  if (state === 'stopped' || state === 'not-given') {
    return last &&
      !context.entries.some(
        (e) => e.kind === 'administration' && e.payload.drugId === drug.drugId && e.status === 'signed',
      ) ? (
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAsk('undo')}>
          {t('chairside.infusion.undo')}
        </button>
        {ask && (
          <Dialog
            ask={ask}
            error={action.error}
            pending={action.busy}
            onClose={() => setAsk(null)}
            onConfirm={(answer) => void confirm(answer)}
          />
        )}
      </div>
    ) : null;
  }
  return (
    <div className="cs-infusion-controls">
      <TimeField label={t('chairside.infusion.at')} value={time} now={() => context.clinicNow} onChange={setTime} />
      {state === 'not-started' && startBlocked && (
        <p className="status status-warn" data-testid="start-blocked">
          <span aria-hidden="true">⊘ </span>
          {startBlocked}
        </p>
      )}
      <div className="form-actions">
        {state === 'not-started' && (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={startBlocked !== null || action.busy}
              onClick={() => void go({ action: 'start' })}
            >
              <span aria-hidden="true">▶ </span>
              {t('chairside.infusion.start')}
            </button>
            <button type="button" className="button" onClick={() => setAsk('not-given')}>
              {t('chairside.infusion.notGivenButton')}
            </button>
          </>
        )}
        {state === 'running' && (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={action.busy}
              onClick={() => void go({ action: 'stop', complete: true })}
            >
              <span aria-hidden="true">■ </span>
              {t('chairside.infusion.stop')}
            </button>
            <button type="button" className="button" onClick={() => setAsk('interrupt')}>
              {t('chairside.infusion.interrupt')}
            </button>
            <button type="button" className="button" onClick={() => setAsk('rate')}>
              {t('chairside.infusion.rate')}
            </button>
            <button type="button" className="button" onClick={() => setAsk('stop-early')}>
              {t('chairside.infusion.stopEarly')}
            </button>
          </>
        )}
        {state === 'interrupted' && (
          <>
            {restart !== null && (
              <button
                type="button"
                className="button button-primary"
                disabled={action.busy}
                onClick={() => void go({ action: 'restart' })}
              >
                <span aria-hidden="true">↘ </span>
                {t('chairside.infusion.restartAt', {
                  percent: drug.restartPercent,
                  rate: `${formatDecimal(restart, locale)} mL/h`,
                })}
              </button>
            )}
            <button type="button" className="button" onClick={() => setAsk('restart-other')}>
              {t('chairside.infusion.restartOther')}
            </button>
            <button type="button" className="button" onClick={() => setAsk('stop-early')}>
              {t('chairside.infusion.stopEarly')}
            </button>
          </>
        )}
        {last && (
          <button type="button" className="button" onClick={() => setAsk('undo')}>
            {t('chairside.infusion.undo')}
          </button>
        )}
      </div>
      {action.error && !ask && <ErrorLine message={action.error} />}
      {ask && (
        <Dialog
          ask={ask}
          error={action.error}
          pending={action.busy}
          onClose={() => setAsk(null)}
          onConfirm={(answer) => void confirm(answer)}
        />
      )}
    </div>
  );
}

function Dialog({
  ask,
  error,
  pending,
  onClose,
  onConfirm,
}: {
  ask: Exclude<Ask, null>;
  error: string | null;
  pending: boolean;
  onClose: () => void;
  onConfirm: (a: ActionAnswer) => void;
}) {
  const { t } = useTranslation();
  return (
    <ActionDialog
      title={t(`chairside.infusion.ask.${ask}`)}
      confirm={t(`chairside.infusion.confirm.${ask}`)}
      needsRate={ask === 'rate' || ask === 'restart-other'}
      reasonRequired={ask !== 'rate' && ask !== 'interrupt'}
      error={error}
      pending={pending}
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}
