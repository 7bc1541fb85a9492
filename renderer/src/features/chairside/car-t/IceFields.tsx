import { useTranslation } from 'react-i18next';
import { ICE_ITEMS, iceTotal, type IceAnswers } from '../../../../../shared/charting/kinds-car-t';
import { Radios } from '../parts';

/** The ICE score item by item (Lee 2019: orientation 4, naming 3, commands 1, writing 1, attention 1). */
export function IceFields(props: { ice: IceAnswers; onChange: (ice: IceAnswers) => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const total = iceTotal(props.ice);
  return (
    <fieldset className="cs-ice">
      <legend>{t('chairside.carT.ice')}</legend>
      <p className="field-help">{t('chairside.carT.iceExamplesUnverified')}</p>
      {ICE_ITEMS.map((item) => (
        <Radios
          key={item}
          inline
          legend={t(`chairside.carT.iceItem.${item}`)}
          options={[
            { value: 'right', label: t('chairside.carT.right') },
            { value: 'wrong', label: t('chairside.carT.wrong') },
          ]}
          value={props.ice[item] === null ? null : props.ice[item] ? 'right' : 'wrong'}
          readOnly={props.readOnly}
          onChange={(v) => props.onChange({ ...props.ice, [item]: v === 'right' })}
        />
      ))}
      <p className="status status-ok" data-testid="ice-total">
        <span aria-hidden="true">Σ </span>
        {total === null ? t('chairside.carT.iceIncomplete') : t('chairside.carT.iceTotal', { total })}
      </p>
    </fieldset>
  );
}
