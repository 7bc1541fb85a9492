import { useTranslation } from 'react-i18next';
import { minutesOf } from '../../../../../shared/charting/common';
import type { InfusionSummary } from '../../../../../shared/charting/infusion';
import { formatDecimal } from '../../../../../shared/numbers/decimal';
import { localeOf } from '../../../components/NumberField';
import { elapsedText, hhmm, useCoreClock } from '../clock';

const ICONS: Record<InfusionSummary['state'], string> = {
  'not-started': '◷',
  running: '▶',
  interrupted: '‖',
  stopped: '■',
  'not-given': '⊘',
};

/**
 * Where one drug's infusion stands, read from its events: elapsed time (ticking), the rate now, the expected
 * end recomputed after every interruption or rate change, and each interruption. Colour + icon + text.
 */
export function InfusionStatus({
  summary,
  expectedMinutes,
}: {
  summary: InfusionSummary;
  expectedMinutes: number | null;
}) {
  const { t, i18n } = useTranslation();
  const now = useCoreClock(1000);
  const locale = localeOf(i18n.language);
  const rate = (value: number | null) => (value === null ? '—' : `${formatDecimal(value, locale)} mL/h`);
  const s = summary;
  let text: string;
  let tone = 'status-ok';
  if (s.state === 'not-started') {
    tone = 'muted';
    text = expectedMinutes
      ? t('chairside.timer.expected', { minutes: expectedMinutes })
      : t('chairside.timer.noExpected');
  } else if (s.state === 'running') {
    const seconds = now ? (minutesOf(hhmm(now)) - minutesOf(s.startTime!)) * 60 + now.at.getUTCSeconds() : 0;
    text = t('chairside.infusion.running', {
      start: s.startTime,
      rate: rate(s.currentRate),
      elapsed: elapsedText(seconds),
    });
    if (s.expectedEnd) text += ` · ${t('chairside.infusion.expectedEnd', { time: s.expectedEnd })}`;
  } else if (s.state === 'interrupted') {
    tone = 'status-warn';
    text = t('chairside.infusion.interrupted', { time: s.interruptions.at(-1)?.from ?? '' });
  } else if (s.state === 'stopped') {
    tone = s.complete ? 'status-ok' : 'status-warn';
    text = s.complete
      ? t('chairside.infusion.stopped', { start: s.startTime, stop: s.stopTime, minutes: s.minutesRunning ?? 0 })
      : t('chairside.infusion.stoppedEarly', { stop: s.stopTime, reason: s.stopReason ?? '' });
  } else {
    tone = 'status-warn';
    text = t('chairside.infusion.notGiven', { reason: s.stopReason ?? '' });
  }
  return (
    <div className="cs-infusion" data-testid="infusion-status">
      <p className={`cs-timer status ${tone}`} role={s.state === 'running' ? 'timer' : undefined}>
        <span aria-hidden="true">{ICONS[s.state]} </span>
        {text}
      </p>
      {s.interruptions.length > 0 && (
        <ul className="cs-interruptions" data-testid="interruptions">
          {s.interruptions.map((i) => (
            <li key={i.from}>
              {i.to
                ? t('chairside.infusion.interruption', {
                    from: i.from,
                    to: i.to,
                    before: rate(i.rateBefore),
                    after: rate(i.restartRate),
                  })
                : t('chairside.infusion.interruptionOpen', { from: i.from, before: rate(i.rateBefore) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
