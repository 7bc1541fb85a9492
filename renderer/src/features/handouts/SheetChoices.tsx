import { useTranslation } from 'react-i18next';
import type { HandoutSheet, HandoutSuggestion } from '../../../../shared/ipc/contract/handouts';
import { useRegimenName } from '../../lib/clinicalText';

interface SheetChoicesProps {
  suggestion: HandoutSuggestion;
  chosen: readonly string[];
  onChange: (sheets: string[]) => void;
}

function SheetBox({ sheet, chosen, onToggle }: { sheet: HandoutSheet; chosen: boolean; onToggle: () => void }) {
  const { i18n } = useTranslation();
  return (
    <li>
      <label className="choice">
        <input type="checkbox" checked={chosen} onChange={onToggle} />
        <span>{sheet.names[i18n.language === 'fr' ? 'fr' : 'en']}</span>
      </label>
    </li>
  );
}

/** The plan's sheets first (already ticked), every other sheet behind "Other sheets". */
export function SheetChoices({ suggestion, chosen, onChange }: SheetChoicesProps) {
  const { t } = useTranslation();
  const regimenName = useRegimenName();
  const error = chosen.length > 4 ? t('handouts.tooMany') : null;
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((s) => s !== id) : [...chosen, id]);
  const suggested = suggestion.sheets.filter((s) => suggestion.suggested.includes(s.id));
  const others = suggestion.sheets.filter((s) => !suggestion.suggested.includes(s.id));
  const note =
    suggestion.regimenName === null ? t('handouts.noPlan') : suggested.length === 0 ? t('handouts.noMatch') : null;
  return (
    <fieldset className={error ? 'sheet-choices field-invalid' : 'sheet-choices'} aria-describedby="sheets-help">
      <legend>{t('handouts.sheets')}</legend>
      {suggestion.regimenName !== null && (
        <p className="handout-regimen">{t('handouts.regimen', { regimen: regimenName(suggestion.regimenName) })}</p>
      )}
      <p id="sheets-help" className="field-help">
        {t('handouts.sheetsHelp')}
      </p>
      {note && (
        <p className="status status-warn">
          <span aria-hidden="true">⚠ </span>
          {note}
        </p>
      )}
      {suggested.length > 0 && (
        <ul className="choices" aria-label={t('handouts.suggested')}>
          {suggested.map((sheet) => (
            <SheetBox
              key={sheet.id}
              sheet={sheet}
              chosen={chosen.includes(sheet.id)}
              onToggle={() => toggle(sheet.id)}
            />
          ))}
        </ul>
      )}
      <details className="other-sheets" open={suggested.length === 0}>
        <summary>{t('handouts.otherSheets')}</summary>
        <ul className="choices">
          {others.map((sheet) => (
            <SheetBox
              key={sheet.id}
              sheet={sheet}
              chosen={chosen.includes(sheet.id)}
              onToggle={() => toggle(sheet.id)}
            />
          ))}
        </ul>
      </details>
      {chosen.length === 0 && (
        <p className="status status-warn">
          <span aria-hidden="true">☐ </span>
          {t('handouts.chooseSheet')}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
