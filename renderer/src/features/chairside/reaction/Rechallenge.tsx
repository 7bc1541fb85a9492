import { useTranslation } from 'react-i18next';
import { RESTART_RATE_SOURCE, rechallengeRate } from '../../../../../shared/charting/guidance';
import type { ReactionPayload } from '../../../../../shared/charting/kinds-reaction';
import { formatDose } from '../../../../../shared/clinical/format';
import type { VisitDrug } from '../../../../../shared/ipc/contract/charting';
import { Check, NumberField, TimeField } from '../parts';

type Rechallenge = NonNullable<ReactionPayload['rechallenge']>;

/**
 * Restart at a reduced rate after a grade 1–2 reaction: the center's percentage (library override, or the
 * default 50 % with its source), the new rate worked out and shown; main works it out again on save.
 */
export function RechallengeFields(props: {
  drug: VisitDrug;
  rateBefore: number | null;
  value: Rechallenge | null;
  onChange: (value: Rechallenge | null) => void;
  now: () => string | null;
  readOnly: boolean;
  lang: 'en' | 'fr';
}) {
  const { t } = useTranslation();
  const { drug, value } = props;
  const rate = value?.rateBeforeMlPerHour ?? null;
  const newRate = rate !== null && rate > 0 ? rechallengeRate(rate, drug.restartPercent) : null;
  return (
    <fieldset className="cs-rechallenge" data-testid="rechallenge">
      <legend>{t('chairside.reaction.rechallenge')}</legend>
      <Check
        label={t('chairside.reaction.doRechallenge', { percent: drug.restartPercent })}
        checked={value !== null}
        readOnly={props.readOnly}
        onChange={(on) =>
          props.onChange(
            on
              ? {
                  rateBeforeMlPerHour: props.rateBefore ?? 0,
                  percent: drug.restartPercent,
                  newRateMlPerHour: null,
                  restartTime: null,
                }
              : null,
          )
        }
      />
      <p className="field-help">
        {drug.restartIsCenterValue
          ? t('chairside.reaction.centerPercent', { percent: drug.restartPercent })
          : `${RESTART_RATE_SOURCE.text[props.lang]} (${RESTART_RATE_SOURCE.source})`}
      </p>
      {value && (
        <>
          <NumberField
            label={t('chairside.reaction.rateBefore')}
            unit="mL/h"
            value={value.rateBeforeMlPerHour || null}
            readOnly={props.readOnly}
            onChange={(r) => props.onChange({ ...value, rateBeforeMlPerHour: r ?? 0 })}
          />
          <p className="status status-ok cs-new-rate" data-testid="new-rate">
            <span aria-hidden="true">↘ </span>
            {newRate === null
              ? t('chairside.reaction.enterRate')
              : t('chairside.reaction.newRate', {
                  rate: formatDose(newRate, 'mL/h'),
                  percent: drug.restartPercent,
                  before: formatDose(rate!, 'mL/h'),
                })}
          </p>
          <TimeField
            label={t('chairside.reaction.restartTime')}
            value={value.restartTime}
            now={props.now}
            readOnly={props.readOnly}
            onChange={(restartTime) => props.onChange({ ...value, restartTime })}
          />
        </>
      )}
    </fieldset>
  );
}
