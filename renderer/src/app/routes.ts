import { useHashRoute } from '../components/useHashRoute';

export const SCREENS = [
  'schedule',
  'patients',
  'chairside',
  'labs',
  'handouts',
  'library',
  'reports',
  'audit',
  'settings',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Screens for charge nurses and administrators only (their channels answer a nurse `forbidden`). */
export const MANAGE_SCREENS: readonly Screen[] = ['reports', 'audit'];

export const SCREEN_ICONS: Record<Screen, string> = {
  schedule: '▦',
  patients: '☺',
  chairside: '✚',
  labs: '⚗',
  handouts: '✎',
  library: '☰',
  reports: '▤',
  audit: '⚲',
  settings: '⚙',
};

function parse(hash: string): Screen {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'schedule';
}

/** Hash routing: works the same from file:// in Electron and http:// in the browser harness. */
export function useScreen(): Screen {
  return useHashRoute(parse);
}
