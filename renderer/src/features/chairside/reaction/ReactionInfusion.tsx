import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESTART_RATE_SOURCE, rechallengeRate } from '../../../../../shared/charting/guidance';
import { reactionInfusionOf } from '../../../../../shared/charting/kinds-reaction';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting-visit';
import { formatDecimal } from '../../../../../shared/numbers/decimal';
import { localeOf } from '../../../components/NumberField';
import { ActionDialog, type ActionAnswer } from '../administration/ActionDialog';
import { InfusionStatus } from '../administration/InfusionStatus';
import { useInfusionAction } from '../administration/useInfusionAction';
import { ErrorLine } from '../parts';

type Ask = 'slow' | 'stop-for-good' | 'restart-other' | null;

/**
 * What the reaction did to the infusion, charted on the infusion itself so the administration record shows
 * the same: stop it now, slow it, restart it at the center's percentage of the rate it ran at, or stop it
 * for good. The reaction shows its own events, read from the drug's events.
 */
export function ReactionInfusion(props: {
  context: VisitContext;
  drug: VisitDrug;
  entry: ChartEntry | null;
  grade: number | null;
  readOnly: boolean;
  /** Saves the reaction draft (an event is charted for a saved reaction) and answers its entry id. */
  ensureSaved: () => Promise<string | null>;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  const [ask, setAsk] = useState<Ask>(null);
  const { context, drug } = props;
  const infusion = context.infusions.find((i) => i.drugId === drug.drugId)!;
  const action = useInfusionAction(context, drug.drugId, () => setAsk(null));
  const own = props.entry ? reactionInfusionOf(infusion.events, props.entry.entryId, 'record') : null;
  const state = infusion.summary.state;
  const open = infusion.summary.interruptions.find((i) => i.to === null);
  const severe = props.grade !== null && props.grade >= 3;
  const restart = open?.rateBefore && !severe ? rechallengeRate(open.rateBefore, drug.restartPercent) : null;
  const rate = (v: number) => `${formatDecimal(v, locale)} mL/h`;

  async function go(input: Parameters<typeof action.run>[0]) {
    const reactionEntryId = await props.ensureSaved();
    if (reactionEntryId) await action.run({ ...input, reactionEntryId });
  }
  function confirm(answer: ActionAnswer) {
    const reason = answer.reason ? { reason: answer.reason } : {};
    if (ask === 'slow') return go({ action: 'rate', rateMlPerHour: answer.rateMlPerHour ?? undefined, ...reason });
    if (ask === 'restart-other')
      return go({ action: 'restart', rateMlPerHour: answer.rateMlPerHour ?? undefined, ...reason });
    return go({ action: 'stop', complete: false, ...reason });
  }

  return (
    <fieldset className="cs-reaction-infusion" data-testid="reaction-infusion">
      <legend>{t('chairside.reactionInfusion.infusion')}</legend>
      <InfusionStatus summary={infusion.summary} expectedMinutes={drug.infusionMinutes} />
      {own?.interruptedAt && (
        <p data-testid="reaction-stop">
          {t('chairside.reactionInfusion.stoppedFor', {
            time: own.interruptedAt,
            rate: own.rateBefore ? rate(own.rateBefore) : '—',
          })}
          {own.restartedAt &&
            ` · ${t('chairside.reactionInfusion.restartedFor', { time: own.restartedAt, rate: rate(own.restartRate ?? 0), percent: own.restartPercent ?? '' })}`}
          {own.stoppedForGoodAt &&
            ` · ${t('chairside.reactionInfusion.stoppedForGood', { time: own.stoppedForGoodAt })}`}
        </p>
      )}
      {!props.readOnly && (
        <div className="form-actions">
          {state === 'running' && !own?.interruptedAt && (
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={action.busy}
                onClick={() => void go({ action: 'interrupt' })}
              >
                <span aria-hidden="true">‖ </span>
                {t('chairside.reactionInfusion.stopNow')}
              </button>
              <button type="button" className="button" onClick={() => setAsk('slow')}>
                {t('chairside.reactionInfusion.slow')}
              </button>
            </>
          )}
          {state === 'interrupted' && restart !== null && (
            <button
              type="button"
              className="button button-primary"
              disabled={action.busy}
              onClick={() => void go({ action: 'restart' })}
            >
              <span aria-hidden="true">↘ </span>
              {t('chairside.infusion.restartAt', { percent: drug.restartPercent, rate: rate(restart) })}
            </button>
          )}
          {state === 'interrupted' && !severe && (
            <button type="button" className="button" onClick={() => setAsk('restart-other')}>
              {t('chairside.infusion.restartOther')}
            </button>
          )}
          {(state === 'interrupted' || (state === 'running' && !own?.restartedAt)) && (
            <button type="button" className="button" onClick={() => setAsk('stop-for-good')}>
              {t('chairside.reactionInfusion.stopForGood')}
            </button>
          )}
        </div>
      )}
      {state === 'interrupted' && !severe && (
        <p className="field-help">
          {drug.restartIsCenterValue
            ? t('chairside.reaction.centerPercent', { percent: drug.restartPercent })
            : `${RESTART_RATE_SOURCE.text[lang]}`}
        </p>
      )}
      {action.error && !ask && <ErrorLine message={action.error} />}
      {ask && (
        <ActionDialog
          title={t(`chairside.reactionInfusion.ask.${ask}`)}
          confirm={t(`chairside.reactionInfusion.confirm.${ask}`)}
          needsRate={ask !== 'stop-for-good'}
          reasonRequired={ask !== 'slow'}
          error={action.error}
          pending={action.busy}
          onClose={() => setAsk(null)}
          onConfirm={(answer) => void confirm(answer)}
        />
      )}
    </fieldset>
  );
}
