import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { localeOf } from '../../components/NumberField';
import { isoDay, useCoreClock } from '../chairside';
import { formatDay } from '../../lib/dates';
import { labsHref } from './route';
import { clockTime } from '../../../../shared/time/clock';
import { RegimenName } from '../../lib/clinicalText';

// The booked doses of the next days whose labs are missing or will be too old by the dose: the list to draw
// the day before. Same computation as the Assessment's line (a).

const DAYS = 3;

export function LabsNeeded() {
  const { t, i18n } = useTranslation();
  const lang = localeOf(i18n.language);
  const clock = useCoreClock(60_000);
  const from = clock ? isoDay(clock) : null;
  const needed = useQuery('labs:needed', { from: from ?? '2000-01-01', days: DAYS }, { enabled: from !== null });
  return (
    <section aria-labelledby="labs-needed-title" className="labs-needed" data-testid="labs-needed">
      <h3 id="labs-needed-title">{t('labs.needed.title', { days: DAYS })}</h3>
      <p className="field-help">{t('labs.needed.help')}</p>
      {needed.data?.length === 0 && <p className="status status-ok">{t('labs.needed.none')}</p>}
      <ul className="labs-needed-list">
        {needed.data?.map((item) => (
          <li key={item.appointmentId}>
            <strong>
              <time dateTime={`${item.date}T${clockTime(item.start)}`}>
                {formatDay(item.date, lang, { weekday: true })} {clockTime(item.start)}
              </time>{' '}
              — {item.patientName}
            </strong>{' '}
            ({item.mrn}, <RegimenName name={item.regimenName} />){' '}
            <a href={labsHref(item.patientId)}>{t('labs.needed.open')}</a>
            <ul>
              {item.needed.map((n) => (
                <li key={n.en}>{n[lang]}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
