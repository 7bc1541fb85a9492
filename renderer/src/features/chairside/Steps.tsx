import { useTranslation } from 'react-i18next';
import type { VisitTab } from './route';

interface StepsProps {
  tabs: readonly VisitTab[];
  current: VisitTab;
  href: (tab: VisitTab) => string;
  /** Tabs that stay closed until the visit's check-in (or, for administration, the assessment) is signed. */
  locked: ReadonlySet<VisitTab>;
  done: ReadonlySet<VisitTab>;
}

export const TAB_ICONS: Record<VisitTab, string> = {
  'check-in': '☑',
  assessment: '♥',
  administration: '▶',
  reaction: '⚠',
  'side-effects': '✚',
  'car-t': '◔',
  history: '☰',
};

/** The visit's steps as links (keyboard: Tab and Enter); a locked step says why, by icon and text. */
export function Steps({ tabs, current, href, locked, done }: StepsProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('chairside.steps')} className="cs-steps">
      <ol>
        {tabs.map((tab) => (
          <li key={tab}>
            {locked.has(tab) ? (
              <span className="cs-step is-locked" aria-disabled="true" data-testid={`step-${tab}`}>
                <span aria-hidden="true">⊘ </span>
                {t(`chairside.tab.${tab}`)}
                <span className="cs-step-note">
                  {t(
                    tab === 'administration' && !locked.has('assessment')
                      ? 'chairside.afterAssessment'
                      : 'chairside.afterCheckIn',
                  )}
                </span>
              </span>
            ) : (
              <a
                className="cs-step"
                href={href(tab)}
                aria-current={tab === current ? 'page' : undefined}
                data-testid={`step-${tab}`}
              >
                <span aria-hidden="true">{done.has(tab) ? '✓' : TAB_ICONS[tab]} </span>
                {t(`chairside.tab.${tab}`)}
              </a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
