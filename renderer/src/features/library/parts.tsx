import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ClinicalText } from '../../lib/clinicalText';
import type { Source, Verification } from '../../../../shared/clinical';
import type { EffectiveOverride } from '../../../../shared/ipc/contract/library-overrides';
import { dayText, overrideValueText, unverifiedReason } from './format';
import { withColon } from '../../i18n/colon';

// Building blocks of every library detail pane. Status is never colour alone: each mark has an icon and text.

/** UNVERIFIED facts, shown next to the fact they are about (not in a footer). */
export function UnverifiedMarks({ entries }: { entries: readonly string[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <ul className="lib-unverified-list">
      {entries.map((entry) => (
        <li key={entry} className="lib-unverified">
          <span aria-hidden="true" className="lib-icon">
            ⚠
          </span>
          <strong>{t('library.unverified')}</strong>
          <span lang="en">{unverifiedReason(entry)}</span>
        </li>
      ))}
    </ul>
  );
}

export function VerificationBadge({ verification, count }: { verification: Verification | null; count?: number }) {
  const { t } = useTranslation();
  if (verification === null) {
    return (
      <span className="lib-badge lib-badge-none">
        <span aria-hidden="true">○ </span>
        {t('library.noVerification')}
      </span>
    );
  }
  return verification === 'verified' ? (
    <span className="lib-badge lib-badge-ok">
      <span aria-hidden="true">✓ </span>
      {t('library.verified')}
    </span>
  ) : (
    <span className="lib-badge lib-badge-warn">
      <span aria-hidden="true">⚠ </span>
      {count === undefined ? t('library.unverified') : t('library.unverifiedCount', { count })}
    </span>
  );
}

export function CenterBadge() {
  const { t } = useTranslation();
  return (
    <span className="lib-badge lib-badge-center">
      <span aria-hidden="true">◆ </span>
      {t('library.centerRecord')}
    </span>
  );
}

/** "Center value: 45 min (shipped: 30 min)", with who, when and why; a review flag when the library moved. */
export function OverrideNote({ override }: { override: EffectiveOverride | undefined }) {
  const { t, i18n } = useTranslation();
  if (!override) return null;
  const center = overrideValueText(override.fieldKind, override.centerValue);
  const shipped =
    override.shippedValue === null
      ? t('library.noShippedValue')
      : overrideValueText(override.fieldKind, override.shippedValue);
  return (
    <div className={override.status === 'applied' ? 'lib-override' : 'lib-override lib-override-review'}>
      <p>
        <span aria-hidden="true" className="lib-icon">
          ◆
        </span>
        {override.fieldKind && (
          <span className="lib-override-field">{withColon(t(`library.field.${override.fieldKind}`))} </span>
        )}
        <strong>
          {t(override.isApplied ? 'library.centerValue' : 'library.centerValueUnused', { value: center })}
        </strong>{' '}
        {t('library.shippedValue', { value: shipped })}
      </p>
      <p className="lib-override-meta">
        {t('library.overrideMeta', {
          date: dayText(override.overriddenAt.slice(0, 10), i18n.language),
          reason: override.reason,
        })}
      </p>
      {override.review && (
        <p className="lib-review" role="note">
          <span aria-hidden="true">⚠ </span>
          <strong>{t('library.review')}</strong> {override.review}
        </p>
      )}
    </div>
  );
}

/** SC look-alike warnings are safety warnings: at the top of the record, in a box, with an icon and text. */
export function LookAlikeWarning({ text }: { text: string | undefined }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <div className="lib-lookalike" role="note">
      <span aria-hidden="true" className="lib-lookalike-icon">
        ⊘
      </span>
      <div>
        <strong>{t('library.lookAlike')}</strong>
        <p>
          <ClinicalText text={text} />
        </p>
      </div>
    </div>
  );
}

export function Sources({ sources, title }: { sources: readonly Source[]; title?: string }) {
  const { t } = useTranslation();
  return (
    <section className="lib-section" aria-label={title ?? t('library.sources')}>
      <h3>{title ?? t('library.sources')}</h3>
      <ul className="lib-sources" lang="en">
        {sources.map((source, index) => (
          <li key={`${source.title}-${index}`} data-testid="library-source">
            <span className={`lib-source-kind is-${source.kind}`}>{t(`library.sourceKind.${source.kind}`)}</span>{' '}
            <span className="lib-source-title">{source.title}</span>
            {source.kind !== 'center' && (
              <>
                <span className="lib-source-date">
                  {' '}
                  (
                  {source.revised
                    ? t('library.sourceRevised', { date: source.revised })
                    : t('library.sourceNoRevision')}
                  {' · '}
                  {t('library.sourceChecked', { date: source.checked })})
                </span>
                <span className="lib-url">{source.url}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * One fact: its name, its value, and what is unverified or overridden about it, side by side. The value says its
 * own language: library texts go through ClinicalText (French from fr.json, else English marked lang="en").
 */
export function Fact(props: {
  label: string;
  children: ReactNode;
  unverified?: readonly string[];
  overrides?: ReadonlyArray<EffectiveOverride | undefined>;
}) {
  return (
    <div className="lib-fact">
      <dt>{props.label}</dt>
      <dd>
        <div>{props.children}</div>
        {props.overrides?.map((o, index) => (
          <OverrideNote key={o?.fieldPath ?? index} override={o} />
        ))}
        <UnverifiedMarks entries={props.unverified ?? []} />
      </dd>
    </div>
  );
}

export function Problem({ text }: { text: string }) {
  return (
    <p className="status status-warn lib-problem" role="status">
      <span aria-hidden="true">⚠ </span>
      <span lang="en">{text}</span>
    </p>
  );
}
