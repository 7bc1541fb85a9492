import { useTranslation } from 'react-i18next';
import { minutesOf } from '../../../../../shared/charting/common';
import { elapsedText, secondsSince, useCoreClock } from '../clock';

/** Elapsed time since the start (mm:ss, ticking), against the expected infusion time from the library. */
export function InfusionTimer(props: { start: string | null; stop: string | null; expectedMinutes: number | null }) {
  const { t } = useTranslation();
  const now = useCoreClock(1000);
  const expected = props.expectedMinutes;
  if (!props.start) {
    return (
      <p className="cs-timer muted" data-testid="timer">
        <span aria-hidden="true">◷ </span>
        {expected ? t('chairside.timer.expected', { minutes: expected }) : t('chairside.timer.noExpected')}
      </p>
    );
  }
  if (props.stop) {
    const ran = minutesOf(props.stop) - minutesOf(props.start);
    return (
      <p className="cs-timer status status-ok" data-testid="timer">
        <span aria-hidden="true">■ </span>
        {t('chairside.timer.ran', { minutes: ran, start: props.start, stop: props.stop })}
      </p>
    );
  }
  const seconds = now ? secondsSince(props.start, now) : 0;
  const over = expected !== null && seconds > expected * 60;
  return (
    <p className={`cs-timer status ${over ? 'status-warn' : 'status-ok'}`} data-testid="timer" role="timer">
      <span aria-hidden="true">▶ </span>
      {t('chairside.timer.running', { elapsed: elapsedText(seconds) })}
      {expected !== null && ` · ${t('chairside.timer.of', { expected: elapsedText(expected * 60) })}`}
      {over && ` · ${t('chairside.timer.over')}`}
    </p>
  );
}
