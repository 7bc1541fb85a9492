import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarTProduct, LdRegimen } from '../../../../shared/clinical';
import type { CarTDetail as CarTDetailData } from '../../../../shared/ipc/contract/library';
import { useQuery } from '../../app/api';
import { Field } from '../../components/Field';
import {
  dayText,
  isRealDate,
  overrideFor,
  titleCase,
  unverifiedAt,
  unverifiedLeftOver,
  unverifiedWithin,
} from './format';
import { Fact, Problem, Sources, UnverifiedMarks, VerificationBadge } from './parts';
import { ClinicalText, useClinicalText } from '../../lib/clinicalText';
import { CarTIndications, CarTLaterInfusions } from './CarTInfusions';
import { withColon } from '../../i18n/colon';

// A CAR T product: indications and doses, lymphodepletion days, administration rules, boxed warnings, and the
// post-infusion monitoring now (June 2025 labels) beside the REMS-era values kept for historical records.

/** Day offsets as the labels print them: day −5 with a true minus sign. */
const signed = (n: number) => (n < 0 ? `\u2212${-n}` : String(n));

function useLdDayLabel() {
  const { t } = useTranslation();
  return (regimen: LdRegimen, index: number): string => {
    if (regimen.anchor === 'unscheduled') return '';
    const day = regimen.days[index];
    if (!day) return '';
    return 'dayOffset' in day ? t('library.dayN', { n: signed(day.dayOffset) }) : t('library.ldDayN', { n: day.ldDay });
  };
}

/** "Fludarabine 30 mg/m² IV + Cyclophosphamide 500 mg/m² IV": the agents' names and the label's dose words. */
function Agents({ agents }: { agents: readonly { name: string; doseText: string }[] }) {
  return (
    <>
      {agents.map((a, n) => (
        <span key={a.name}>
          {n > 0 && ' + '}
          {a.name} <ClinicalText text={a.doseText} />
        </span>
      ))}
    </>
  );
}

function Lymphodepletion({ product }: { product: CarTProduct }) {
  const { t } = useTranslation();
  const ldDayLabel = useLdDayLabel();
  return (
    <Fact label={t('library.fact.lymphodepletion')} unverified={unverifiedAt(product, 'lymphodepletion')}>
      {product.lymphodepletion.length === 0 && <em>{t('library.notInLibrary')}</em>}
      <ul className="lib-items">
        {product.lymphodepletion.map((regimen, r) => (
          <li key={regimen.id} className="lib-item">
            <p className="lib-item-title">
              <ClinicalText text={regimen.label} />
              {regimen.isAlternative && <> ({t('library.alternative')})</>}
            </p>
            <p className="lib-muted">
              {regimen.indicationIds.map((id, n) => (
                <span key={id}>
                  {n > 0 && ' · '}
                  <ClinicalText text={product.indications.find((i) => i.id === id)?.label ?? id} />
                </span>
              ))}
            </p>
            {regimen.anchor === 'unscheduled' ? (
              <p data-testid="ld-unscheduled">
                <ClinicalText text={regimen.text} /> <em>{t('library.ldUnscheduled')}</em>
              </p>
            ) : (
              <ul className="lib-bullets">
                {regimen.days.map((day, d) => (
                  <li key={d}>
                    <strong>{withColon(ldDayLabel(regimen, d))}</strong> <Agents agents={day.agents} />
                    <UnverifiedMarks entries={unverifiedWithin(product, `lymphodepletion.${r}.days.${d}`)} />
                  </li>
                ))}
              </ul>
            )}
            {regimen.notes.map((note) => (
              <p key={note}>
                <ClinicalText text={note} />
              </p>
            ))}
          </li>
        ))}
      </ul>
    </Fact>
  );
}

function Monitoring({ product, overrides }: { product: CarTProduct; overrides: CarTDetailData['overrides'] }) {
  const { t, i18n } = useTranslation();
  const { current, history } = product.monitoring;
  const days = (n: number | null) => (n === null ? t('library.notInReference') : t('library.days', { count: n }));
  const paths = ['dailyMonitoringDays', 'stayNearDays', 'noDrivingDays'] as const;
  return (
    <section className="lib-section" aria-labelledby="lib-monitoring">
      <h3 id="lib-monitoring">{t('library.monitoring')}</h3>
      <dl className="lib-facts">
        <Fact
          label={t('library.monitoringCurrent', { date: dayText(current.effective, i18n.language) })}
          unverified={unverifiedWithin(product, 'monitoring.current')}
          overrides={paths.map((p) => overrideFor(overrides, `monitoring.current.${p}`))}
        >
          <ul className="lib-bullets">
            {paths.map((p) => (
              <li key={p}>
                {withColon(t(`library.field.${p}`))} <strong>{days(current[p])}</strong>
              </li>
            ))}
          </ul>
        </Fact>
      </dl>
      <div className="lib-table-wrap" role="region" aria-label={t('library.monitoringHistory')} tabIndex={0}>
        <table className="lib-table">
          <caption>{t('library.monitoringHistory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.col.label')}</th>
              {paths.map((p) => (
                <th key={p} scope="col">
                  {t(`library.field.${p}`)}
                </th>
              ))}
              <th scope="col">{t('library.col.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, h) => (
              <tr key={entry.label}>
                <td data-label={t('library.col.label')} lang="en">
                  {entry.label}
                </td>
                {paths.map((p) => (
                  <td key={p} data-label={t(`library.field.${p}`)}>
                    {days(entry[p])}
                    <UnverifiedMarks entries={unverifiedWithin(product, `monitoring.history.${h}.${p}`)} />
                  </td>
                ))}
                <td data-label={t('library.col.notes')} lang="en">
                  {entry.notes.join(' ')}{' '}
                  <span className="lib-muted">({entry.sources.map((s) => s.title).join('; ')})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Sources sources={current.sources} title={t('library.monitoringSources')} />
    </section>
  );
}

function Calendar({ product, initial }: { product: CarTProduct; initial: CarTDetailData }) {
  const { t, i18n } = useTranslation();
  const localize = useClinicalText();
  const [day0, setDay0] = useState(initial.calendar?.day0 ?? '');
  const [indicationId, setIndicationId] = useState(product.indications[0]?.id ?? '');
  const query = useQuery('library:get-car-t', { id: product.id, indicationId, ...(isRealDate(day0) ? { day0 } : {}) });
  const data = query.data ?? initial;
  const calendar = data.calendar;
  return (
    <section className="lib-section" aria-labelledby="lib-calendar">
      <h3 id="lib-calendar">{t('library.calendar')}</h3>
      <div className="lib-preview-controls">
        <Field
          label={t('library.day0')}
          help={isRealDate(day0) ? dayText(day0, i18n.language) : t('library.dateFormat')}
          error={isRealDate(day0) ? undefined : t('library.dateFormat')}
        >
          <input
            value={day0}
            inputMode="numeric"
            maxLength={10}
            autoComplete="off"
            onChange={(e) => setDay0(e.target.value)}
          />
        </Field>
        <Field label={t('library.indication')}>
          <select value={indicationId} onChange={(e) => setIndicationId(e.target.value)}>
            {product.indications.map((i) => (
              <option key={i.id} value={i.id} lang={localize(i.label).lang}>
                {localize(i.label).text}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {data.calendarProblem && <Problem text={data.calendarProblem} />}
      {calendar && (
        <ul className="lib-calendar">
          {calendar.lymphodepletion.map((d) => (
            <li key={d.date}>
              <strong>{dayText(d.date, i18n.language)}</strong> · {t('library.dayN', { n: signed(d.dayOffset) })} ·{' '}
              <Agents agents={d.agents} />
            </li>
          ))}
          {calendar.ldText && (
            <li data-testid="ld-by-hand">
              {t('library.ldUnscheduled')} <ClinicalText text={calendar.ldText} />
            </li>
          )}
          <li>
            <strong>{dayText(calendar.day0, i18n.language)}</strong> · {t('library.day0Infusion')}
          </li>
          {calendar.additionalInfusions.map((extra) => (
            <li key={extra.label}>
              <strong>{dayText(extra.date, i18n.language)}</strong> · <ClinicalText text={extra.label} /> (
              {t('library.window', {
                from: dayText(extra.earliest, i18n.language),
                to: dayText(extra.latest, i18n.language),
              })}
              )
              {extra.postponeUntil && (
                <> · {t('library.postponeUntil', { date: dayText(extra.postponeUntil, i18n.language) })}</>
              )}
            </li>
          ))}
          <li>{t('library.dailyMonitoringUntil', { date: dayText(calendar.dailyMonitoringEnd, i18n.language) })}</li>
          <li>{t('library.stayNearUntil', { date: dayText(calendar.stayNearEnd, i18n.language) })}</li>
          <li>{t('library.noDrivingUntil', { date: dayText(calendar.noDrivingEnd, i18n.language) })}</li>
        </ul>
      )}
      {calendar && <UnverifiedMarks entries={calendar.unverified.map((e) => e.slice(e.indexOf('/') + 1))} />}
    </section>
  );
}

export function CarTDetail({ data }: { data: CarTDetailData }) {
  const { t } = useTranslation();
  const { product } = data;
  const leftOver = unverifiedLeftOver(product, [
    'indications',
    'lymphodepletion',
    'additionalInfusions',
    'premedication',
    'administration',
    'warnings',
    'monitoring',
  ]);
  return (
    <article className="lib-detail" aria-labelledby="lib-detail-title">
      <header className="lib-detail-header">
        <h2 id="lib-detail-title">
          {titleCase(product.genericName)} ({product.brandName})
        </h2>
        <p className="lib-detail-sub">{t('library.carTSub', { target: product.target })}</p>
        <VerificationBadge verification={product.verification} count={product.unverified.length} />
      </header>
      {product.warnings.map((warning) => (
        <p key={warning} className="lib-boxed" role="note">
          <span aria-hidden="true">⚠ </span>
          <ClinicalText text={warning} />
        </p>
      ))}
      <dl className="lib-facts">
        <CarTIndications product={product} />
        <Lymphodepletion product={product} />
        <CarTLaterInfusions product={product} />
        <Fact label={t('library.fact.premedication')} unverified={unverifiedWithin(product, 'premedication')}>
          <ClinicalText text={product.premedication} />
        </Fact>
        <Fact label={t('library.fact.administration')} unverified={unverifiedWithin(product, 'administration')}>
          <ul className="lib-bullets">
            {product.administration.map((rule) => (
              <li key={rule}>
                <ClinicalText text={rule} />
              </li>
            ))}
          </ul>
        </Fact>
        {leftOver.length > 0 && (
          <Fact label={t('library.fact.otherUnverified')} unverified={leftOver}>
            {null}
          </Fact>
        )}
      </dl>
      <Monitoring product={product} overrides={data.overrides} />
      <Calendar product={product} initial={data} />
      <Sources sources={product.sources} />
    </article>
  );
}
