import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditScreen } from '../features/audit';
import { ChairsideScreen } from '../features/chairside';
import { SessionBar, SessionGate, useSession } from '../features/auth';
import { HandoutsScreen } from '../features/handouts';
import { LabsScreen } from '../features/labs/LabsScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { PatientsScreen } from '../features/patients/PatientsScreen';
import { ReportsScreen } from '../features/reports';
import { ScheduleScreen } from '../features/schedule';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { setLanguage } from '../i18n';
import { useQuery } from './api';
import { MANAGE_SCREENS, SCREEN_ICONS, SCREENS, useScreen, type Screen } from './routes';
import { StatusBar } from './StatusBar';
import { ConnectionBanner } from './ConnectionBanner';

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'schedule':
      return <ScheduleScreen />;
    case 'patients':
      return <PatientsScreen />;
    case 'chairside':
      return <ChairsideScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'handouts':
      return <HandoutsScreen />;
    case 'labs':
      return <LabsScreen />;
    case 'library':
      return <LibraryScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'reports':
      return <ReportsScreen />;
  }
}

function Shell() {
  const { t } = useTranslation();
  const screen = useScreen();
  const { canManage } = useSession();
  const settings = useQuery('settings:get', {});
  const mainRef = useRef<HTMLElement>(null);
  const language = settings.data?.language;

  useEffect(() => {
    if (language) setLanguage(language);
  }, [language]);

  // Move focus to the new screen when the nurse navigates (not on first load), so screen readers and
  // keyboard users start at the top of what they asked for.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [screen]);

  return (
    <div className="frame">
      {/* Not href="#main": the hash is the router's. */}
      <a
        className="skip-link"
        href={`#/${screen}`}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="nav">
            {SCREENS.filter((name) => !MANAGE_SCREENS.includes(name) || canManage).map((name) => (
              <li key={name}>
                <a href={`#/${name}`} className="nav-link" aria-current={name === screen ? 'page' : undefined}>
                  <span aria-hidden="true" className="nav-icon">
                    {SCREEN_ICONS[name]}
                  </span>
                  {t(`nav.${name}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SessionBar />
      </header>
      <ConnectionBanner />
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <ScreenView screen={screen} />
      </main>
      <StatusBar />
    </div>
  );
}

/** Sign-in, lock and first-run screens replace the whole shell: nothing of a patient stays in the DOM. */
export function App() {
  return (
    <SessionGate>
      <Shell />
    </SessionGate>
  );
}
