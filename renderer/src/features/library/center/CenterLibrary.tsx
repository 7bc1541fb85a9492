import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterRegimenSummary, EffectiveOverride } from '../../../../../shared/ipc/contract/library-overrides';
import { useMutation, useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { dayText, overrideValueText } from '../format';
import { libraryHref } from '../route';
import { CenterRegimenForm } from './CenterRegimenForm';
import { OverrideForm } from './OverrideForm';
import { OVERRIDE_READS } from './library-reads';
import { SaveStatus, useLibrarySave } from './useLibrarySave';
import '../library.css';
import '../library-detail.css';
import './center-library.css';

// Settings › Center library: the values the center uses instead of the shipped ones (each beside the shipped
// value, flagged when a library update changed it), and the center's own regimens. The shipped files are
// never changed; removing a center value brings the shipped one back.

function RemoveOverride({ override }: { override: EffectiveOverride }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { errors, message, run } = useLibrarySave();
  const removing = useMutation('library:remove-override', { invalidates: OVERRIDE_READS });
  const label = t('library.center.removeLabel', { field: override.fieldPath, record: override.recordTitle });
  if (!open) {
    return (
      <button type="button" className="button" aria-label={label} onClick={() => setOpen(true)}>
        {t('library.center.remove')}
      </button>
    );
  }
  async function remove() {
    const { recordKind, recordId, fieldPath } = override;
    await run(() => removing.run({ recordKind, recordId, fieldPath, reason }));
  }
  return (
    <div className="lib-remove">
      <Field label={t('library.center.removeReason')} error={errors.reason}>
        <input value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          aria-label={label}
          disabled={removing.pending}
          onClick={() => void remove()}
        >
          {t('library.center.confirmRemove')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('library.center.cancel')}
        </button>
        <SaveStatus message={message} />
      </div>
    </div>
  );
}

function OverrideItem({ override }: { override: EffectiveOverride }) {
  const { t, i18n } = useTranslation();
  const kind = override.recordKind;
  const shipped =
    override.shippedValue === null
      ? t('library.noShippedValue')
      : overrideValueText(override.fieldKind, override.shippedValue);
  return (
    <li className={override.status === 'applied' ? 'lib-override-item' : 'lib-override-item lib-override-review'}>
      <p className="lib-item-title">
        <a href={libraryHref(kind, override.recordId)} lang="en">
          {override.recordTitle}
        </a>
      </p>
      <p>
        {override.fieldKind ? t(`library.field.${override.fieldKind}`) : override.fieldPath}
        {override.context && (
          <span className="lib-muted" lang="en">
            {' '}
            — {override.context}
          </span>
        )}
      </p>
      <p>
        <span aria-hidden="true">◆ </span>
        <strong>
          {t('library.centerValue', { value: overrideValueText(override.fieldKind, override.centerValue) })}
        </strong>{' '}
        {t('library.shippedValue', { value: shipped })}
      </p>
      <p className="lib-override-meta">
        {t('library.overrideMeta', {
          date: dayText(override.overriddenAt.slice(0, 10), i18n.language),
          reason: override.reason,
        })}
        {' · '}
        {t('library.center.madeAgainst', { version: override.madeAgainstVersion })}
      </p>
      {override.status === 'applied' ? (
        <p className="lib-badge lib-badge-ok">
          <span aria-hidden="true">✓ </span>
          {t('library.center.applied')}
        </p>
      ) : (
        <p className="lib-review" role="note">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('library.review')}</strong> {override.review}
        </p>
      )}
      <RemoveOverride override={override} />
    </li>
  );
}

function CenterRegimenItem({ regimen }: { regimen: CenterRegimenSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={regimen.problems.length === 0 ? 'lib-override-item' : 'lib-override-item lib-override-review'}>
      <p className="lib-item-title">
        <a href={libraryHref('regimen', regimen.id)} lang="en">
          {regimen.name}
        </a>{' '}
        <span className="lib-muted">{regimen.id}</span>
      </p>
      <p className="lib-override-meta">
        {t('library.overrideMeta', {
          date: dayText(regimen.savedAt.slice(0, 10), i18n.language),
          reason: regimen.reason,
        })}
      </p>
      {regimen.problems.map((problem) => (
        <p key={problem} className="lib-review" role="note">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('library.center.notUsable')}</strong> <span lang="en">{problem}</span>
        </p>
      ))}
    </li>
  );
}

export function CenterLibrary() {
  const { t } = useTranslation();
  const list = useQuery('library:list-overrides', {});
  const data = list.data;
  return (
    <section className="lib-center" aria-labelledby="lib-center-title">
      <h2 id="lib-center-title">{t('library.center.title')}</h2>
      <p className="lib-help">{t('library.center.intro')}</p>
      {data && <p className="lib-help">{t('library.center.ceiling', { minutes: data.longestDayMinutes })}</p>}
      <section aria-labelledby="lib-center-overrides">
        <h3 id="lib-center-overrides">{t('library.center.overrides')}</h3>
        {data && data.overrides.length === 0 && <p>{t('library.center.noOverrides')}</p>}
        <ul className="lib-override-list" aria-label={t('library.center.overrides')}>
          {data?.overrides.map((o) => (
            <OverrideItem key={`${o.recordKind}/${o.recordId}/${o.fieldPath}`} override={o} />
          ))}
        </ul>
        <OverrideForm />
      </section>
      <section aria-labelledby="lib-center-regimens">
        <h3 id="lib-center-regimens">{t('library.center.regimens')}</h3>
        {data && data.centerRegimens.length === 0 && <p>{t('library.center.noRegimens')}</p>}
        <ul className="lib-override-list" aria-label={t('library.center.regimens')}>
          {data?.centerRegimens.map((r) => (
            <CenterRegimenItem key={r.id} regimen={r} />
          ))}
        </ul>
        <CenterRegimenForm />
      </section>
      {list.error && <SaveStatus message={{ kind: 'error', text: list.error.message }} />}
    </section>
  );
}
