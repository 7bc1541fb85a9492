import { useTranslation } from 'react-i18next';
import { AccountsPanel, useSession } from '../auth';
import { CenterLibrary } from '../library';
import { ReadyPolicySection } from '../labs';
import { BackupsPanel } from '../security';
import { RecoveryKeyNotice } from '../security';
import { CenterSetup } from './center/CenterSetup';
import { CarTProtocolSection } from './center/CarTProtocolSection';
import { GeneralSettings } from './GeneralSettings';
import { LabCodesSection } from './LabCodesSection';
import { CenterDatabaseSection } from './database/CenterDatabaseSection';
import { SETTINGS_SECTIONS, settingsHref, useSettingsSection, type SettingsSection } from './route';
import './settings.css';

/**
 * Settings in sections with a side menu, one section on screen at a time (it was one 6,800 px page). A nurse sees
 * every section read-only: the fields are disabled rather than editable and refused on save; her own password or
 * PIN stays hers to change.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const { canManage } = useSession();
  const section = useSettingsSection();
  return (
    <section aria-labelledby="screen-title" className="settings-screen">
      <h1 id="screen-title">{t('settings.title')}</h1>
      <RecoveryKeyNotice />
      <div className="settings-layout">
        <nav className="settings-menu" aria-label={t('settings.menu')}>
          <ul>
            {SETTINGS_SECTIONS.map((s) => (
              <li key={s}>
                <a href={settingsHref(s)} aria-current={s === section ? 'page' : undefined}>
                  {t(`settings.sections.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-section" aria-labelledby="settings-section-title">
          <h2 id="settings-section-title">{t(`settings.sections.${section}`)}</h2>
          {!canManage && (
            <p className="notice" data-testid="settings-read-only">
              <span aria-hidden="true">ℹ </span>
              {t('settings.readOnly')}
            </p>
          )}
          <fieldset className="settings-fieldset" disabled={!canManage && section !== 'staff'}>
            <Section section={section} readOnly={!canManage} />
          </fieldset>
        </div>
      </div>
    </section>
  );
}

function Section({ section, readOnly }: { section: SettingsSection; readOnly: boolean }) {
  switch (section) {
    case 'center':
      return (
        <>
          <GeneralSettings readOnly={readOnly} />
          <LabCodesSection readOnly={readOnly} />
        </>
      );
    case 'chairs':
    case 'hours':
    case 'limits':
      return <CenterSetup part={section} />;
    case 'staff':
      return (
        <>
          <fieldset className="settings-fieldset" disabled={readOnly}>
            <CenterSetup part="staff" />
          </fieldset>
          <AccountsPanel />
        </>
      );
    case 'ready':
      return <ReadyPolicySection />;
    case 'car-t':
      return <CarTProtocolSection />;
    case 'library':
      return <CenterLibrary />;
    case 'backups':
      return <BackupsPanel />;
    case 'database':
      return <CenterDatabaseSection />;
  }
}
