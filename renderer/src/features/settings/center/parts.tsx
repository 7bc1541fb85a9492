import { useTranslation } from 'react-i18next';
import type { SaveMessage } from './useSave';

/** Status by icon and text as well as colour; errors are announced at once, successes politely. */
export function SaveStatus({ message }: { message: SaveMessage | null }) {
  if (!message) return null;
  return (
    <p role={message.kind === 'ok' ? 'status' : 'alert'} className={`status status-${message.kind}`}>
      <span aria-hidden="true">{message.kind === 'ok' ? '✓ ' : '⚠ '}</span>
      {message.text}
    </p>
  );
}

export function ActiveBadge({ active, inactiveText }: { active: boolean; inactiveText?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`status ${active ? 'status-ok' : 'status-warn'}`}>
      <span aria-hidden="true">{active ? '✓ ' : '⊘ '}</span>
      {active ? t('center.active') : (inactiveText ?? t('center.inactive'))}
    </span>
  );
}

/** An error for a control that has no visible label of its own (a time in a table row). */
export function CellError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span id={id} className="field-error cell-error">
      <span aria-hidden="true">⚠ </span>
      {error}
    </span>
  );
}

/** Monday first, as a week is read in a clinic; values are JavaScript weekdays (0 = Sunday). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export function weekdayName(weekday: number, locale: string): string {
  // 29 November 2026 is a Sunday, so day 29 + n is weekday n.
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 10, 29 + weekday)),
  );
}
