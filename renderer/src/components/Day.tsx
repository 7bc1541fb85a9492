import { useTranslation } from 'react-i18next';
import { formatDay } from '../lib/dates';

/**
 * A calendar day ('2026-11-27') in the reader's words ("27 nov. 2026" / "27 Nov 2026"), keeping the ISO day in
 * `dateTime` for assistive technology and copy; a time of day, when given, follows on the 24-hour clock.
 */
export function Day({ iso, weekday = false }: { iso: string; weekday?: boolean }) {
  const { i18n } = useTranslation();
  const [day = iso, time] = iso.split(/[T ]/);
  return (
    <time dateTime={time ? `${day}T${time.slice(0, 5)}` : day}>
      {formatDay(day, i18n.language, { weekday })}
      {time ? ` ${time.slice(0, 5)}` : ''}
    </time>
  );
}
