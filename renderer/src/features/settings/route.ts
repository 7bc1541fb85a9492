import { useHashRoute } from '../../components/useHashRoute';

// Settings in sections, one shown at a time: #/settings/<section>. #/settings alone opens the first.

export const SETTINGS_SECTIONS = [
  'center',
  'chairs',
  'hours',
  'staff',
  'limits',
  'ready',
  'car-t',
  'library',
  'backups',
  'database',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const settingsHref = (section: SettingsSection): string => `#/settings/${section}`;

function parse(hash: string): SettingsSection {
  const [screen, section] = hash.replace(/^#\/?/, '').split('/');
  if (screen !== 'settings') return 'center';
  return (SETTINGS_SECTIONS as readonly string[]).includes(section ?? '') ? (section as SettingsSection) : 'center';
}

export function useSettingsSection(): SettingsSection {
  return useHashRoute(parse);
}
