import { useTranslation } from 'react-i18next';
import type { ReadySource } from '../../../../shared/ready/result';

/**
 * A "source" link that opens in place: the app opens no other window or page, so the title, revision date and
 * address are shown on demand (the address can be selected and copied), in the sources' own language.
 */
export function SourceNote({ sources }: { sources: readonly ReadySource[] }) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <details className="source-note">
      <summary>{t('labs.policy.source')}</summary>
      <ul lang="en">
        {sources.map((s) => (
          <li key={s.title}>
            {s.title} (
            {s.revised ? t('labs.policy.sourceRevised', { date: s.revised }) : t('labs.policy.sourceNoRevision')})
            {s.url && <span className="source-url"> {s.url}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
