import { useTranslation } from 'react-i18next';
import type { HandoutSuggestion, Paper } from '../../../../shared/ipc/contract/handouts';
import type { Locale } from '../../../../shared/ipc/schemas';
import { clockTime } from '../../../../shared/schedule/windows';
import { formatDate } from '../../lib/format';

interface PrintOptionsProps {
  suggestion: HandoutSuggestion;
  language: Locale;
  paper: Paper;
  walletCard: boolean;
  onLanguage: (language: Locale) => void;
  onPaper: (paper: Paper) => void;
  onWalletCard: (on: boolean) => void;
}

function Radio<T extends string>(props: {
  name: string;
  value: T;
  checked: boolean;
  label: string;
  onPick: (v: T) => void;
}) {
  return (
    <label className="choice">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={() => props.onPick(props.value)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** Language (the patient's by default), paper (A4 for French, Letter for English by default), wallet card. */
export function PrintOptions(props: PrintOptionsProps) {
  const { t, i18n } = useTranslation();
  const { suggestion } = props;
  const languageLabel = (code: Locale) => {
    const name = t(`handouts.languageOption.${code}`);
    return code === suggestion.language ? t('handouts.preferred', { language: name }) : name;
  };
  return (
    <>
      <fieldset className="inline-choices">
        <legend>{t('handouts.language')}</legend>
        {(['en', 'fr'] as const).map((code) => (
          <Radio
            key={code}
            name="handout-language"
            value={code}
            checked={props.language === code}
            label={languageLabel(code)}
            onPick={props.onLanguage}
          />
        ))}
      </fieldset>
      <fieldset className="inline-choices">
        <legend>{t('handouts.paper')}</legend>
        <Radio
          name="handout-paper"
          value="A4"
          checked={props.paper === 'A4'}
          label={t('handouts.paperA4')}
          onPick={props.onPaper}
        />
        <Radio
          name="handout-paper"
          value="Letter"
          checked={props.paper === 'Letter'}
          label={t('handouts.paperLetter')}
          onPick={props.onPaper}
        />
      </fieldset>
      <label className="choice">
        <input type="checkbox" checked={props.walletCard} onChange={(e) => props.onWalletCard(e.target.checked)} />
        <span>{t('handouts.walletCard')}</span>
      </label>
      <div className="handout-appointments">
        <h3>{t('handouts.appointments')}</h3>
        {suggestion.nextAppointments.length === 0 ? (
          <p className="muted">{t('handouts.noAppointments')}</p>
        ) : (
          <ul>
            {suggestion.nextAppointments.map((a) => (
              <li key={`${a.date}-${a.start}`}>
                {formatDate(a.date, i18n.language)} {clockTime(a.start)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
