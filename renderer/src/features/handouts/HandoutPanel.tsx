import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoutSuggestion, Paper } from '../../../../shared/ipc/contract/handouts';
import type { Locale } from '../../../../shared/ipc/schemas';
import { PrintOptions } from './PrintOptions';
import { SheetChoices } from './SheetChoices';
import { useHandoutActions, type Outcome, type Preview } from './useHandoutActions';

function MissingSettings({ missing }: { missing: HandoutSuggestion['missingSettings'] }) {
  const { t } = useTranslation();
  const what = missing.map((key) => t(`handouts.setting.${key}`)).join(' + ');
  return (
    <div className="handout-blocked" role="alert">
      <p className="status status-error">
        <span aria-hidden="true">⚠ </span>
        {t('handouts.missingSettings', { what })}
      </p>
      <a className="button link-button" href="#/settings">
        <span aria-hidden="true">⚙</span>
        {t('handouts.openSettings')}
      </a>
    </div>
  );
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'idle') return null;
  if (outcome.kind === 'working') return <span className="status">{t('handouts.working')}</span>;
  const icon = outcome.kind === 'ok' ? '✓' : '⚠';
  const role = outcome.kind === 'error' ? 'alert' : undefined;
  return (
    <span className={`status status-${outcome.kind}`} role={role} data-testid="handout-outcome">
      <span aria-hidden="true">{icon} </span>
      {outcome.text}
    </span>
  );
}

function PreviewPages({ preview }: { preview: Preview | null }) {
  const { t } = useTranslation();
  if (!preview) return null;
  const count = preview.pages.length;
  return (
    <div className="handout-pages" role="group" aria-label={t('handouts.previewTitle')} data-testid="handout-preview">
      {preview.pages.map((page, index) => (
        <img
          key={index}
          className="handout-page"
          src={page.url}
          width={page.width}
          height={page.height}
          alt={t('handouts.previewPage', { page: index + 1, count })}
        />
      ))}
    </div>
  );
}

/** The options, the three actions and the preview for one patient. */
export function HandoutPanel({ suggestion }: { suggestion: HandoutSuggestion }) {
  const { t } = useTranslation();
  const [sheets, setSheets] = useState<string[]>(suggestion.suggested);
  const [language, setLanguage] = useState<Locale>(suggestion.language);
  // Null until the nurse picks a paper: until then, the center's paper (Settings › General).
  const [paper, setPaper] = useState<Paper | null>(null);
  const [walletCard, setWalletCard] = useState(false);
  const job = {
    patientId: suggestion.patientId,
    sheets,
    language,
    paper: paper ?? suggestion.paper,
    includeWalletCard: walletCard,
  };
  const { outcome, preview, showPreview, print, save } = useHandoutActions(job);
  const disabled =
    sheets.length === 0 || sheets.length > 4 || suggestion.missingSettings.length > 0 || outcome.kind === 'working';
  return (
    <div className="handout-layout">
      {suggestion.missingSettings.length > 0 && <MissingSettings missing={suggestion.missingSettings} />}
      <form className="handout-options" onSubmit={(e) => e.preventDefault()} aria-busy={outcome.kind === 'working'}>
        <SheetChoices suggestion={suggestion} chosen={sheets} onChange={setSheets} />
        <PrintOptions
          suggestion={suggestion}
          language={language}
          paper={job.paper}
          walletCard={walletCard}
          onLanguage={setLanguage}
          onPaper={setPaper}
          onWalletCard={setWalletCard}
        />
        <div className="form-actions handout-actions">
          <button type="button" className="button" disabled={disabled} onClick={() => void showPreview()}>
            <span aria-hidden="true">◉ </span>
            {t('handouts.preview')}
          </button>
          <button type="button" className="button button-primary" disabled={disabled} onClick={() => void print()}>
            <span aria-hidden="true">▤ </span>
            {t('handouts.print')}
          </button>
          <button type="button" className="button" disabled={disabled} onClick={() => void save()}>
            <span aria-hidden="true">⇩ </span>
            {t('handouts.save')}
          </button>
        </div>
        <p className="handout-outcome" role="status" aria-live="polite">
          <OutcomeLine outcome={outcome} />
        </p>
      </form>
      <div className="handout-preview">
        <PreviewPages preview={preview} />
      </div>
    </div>
  );
}
