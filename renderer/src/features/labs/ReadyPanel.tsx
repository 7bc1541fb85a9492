import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadyItem, ReadyLine } from '../../../../shared/ready/result';
import { useMutation, useQuery } from '../../app/api';
import { localeOf, NumberField, typedNumber } from '../../components/NumberField';
import { formatDecimal } from '../../../../shared/numbers/decimal';

const STEROID_RULES = { min: 0, max: 2000, decimals: 1 } as const;
import { TextField } from '../chairside';
import { ConsentForm } from './ConsentForm';
import { labsHref } from './route';
import './labs.css';
import { Alert } from '../../components/Alert';
import { SourceCitation } from '../../components/SourceCitation';
import { withColon } from '../../i18n/colon';

// Ready to treat on the Assessment step: lines (a)–(g) as main works them out, each item with its value and
// source; Ready, or Hold for the prescriber with the reasons and the form to record a prescriber's release.
// The panel asks main again whenever the assessment draft is saved (its vitals and steroid answer count: the
// assessment's draft saves invalidate ready:evaluate), a consent is recorded or a release entered.

const MARK: Record<ReadyItem['status'], string> = { met: '✓', 'not-met': '✗', unknown: '?' };

function Item({ item }: { item: ReadyItem }) {
  const { t, i18n } = useTranslation();
  const lang = localeOf(i18n.language);
  return (
    <li className={`ready-${item.status}`}>
      <span aria-hidden="true">{MARK[item.status]} </span>
      <span className="visually-hidden">{withColon(t(`labs.ready.status.${item.status}`))} </span>
      {item.text[lang]}
      {item.isCenterValue && <em> ({t('labs.ready.centerValue')})</em>}
      {item.sources.map((s) => (
        <span key={s.title} className="ready-source">
          {' '}
          — <SourceCitation title={s.title} url={s.url} revised={s.revised} />
        </span>
      ))}
    </li>
  );
}

function Line({ line }: { line: ReadyLine }) {
  const { t } = useTranslation();
  return (
    <div className="ready-line" data-testid={`ready-line-${line.key}`} data-status={line.status}>
      <h4 className={`ready-${line.status}`}>
        {MARK[line.status]} {t(`labs.ready.lines.${line.key}`)} — {t(`labs.ready.status.${line.status}`)}
      </h4>
      <ul>
        {line.items.map((item) => (
          <Item key={item.id ?? item.text.en} item={item} />
        ))}
      </ul>
    </div>
  );
}

/** A release lets the dose start: the visit (its start button), the chairside list and the day ask again too. */
const RELEASE_READS = ['ready:evaluate', 'charting:context', 'charting:worklist', 'schedule:day'] as const;

function ReleaseForm({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ prescriberName: '', orderedAt: '', reason: '' });
  const [error, setError] = useState<string | null>(null);
  const releasing = useMutation('ready:release', { invalidates: RELEASE_READS });
  const submit = () =>
    releasing.run({ appointmentId, ...form }).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <fieldset className="ready-release">
      <legend>{t('labs.ready.release.title')}</legend>
      <TextField
        label={t('labs.ready.release.prescriber')}
        value={form.prescriberName}
        onChange={(prescriberName) => setForm({ ...form, prescriberName })}
      />
      <TextField
        label={t('labs.ready.release.time')}
        value={form.orderedAt}
        inputMode="numeric"
        onChange={(orderedAt) => setForm({ ...form, orderedAt })}
      />
      <TextField
        label={t('labs.ready.release.reason')}
        value={form.reason}
        onChange={(reason) => setForm({ ...form, reason })}
      />
      <button type="button" disabled={releasing.pending} onClick={() => void submit()}>
        {t('labs.ready.release.submit')}
      </button>
      {error && <Alert>{error}</Alert>}
    </fieldset>
  );
}

export function ReadyPanel(props: {
  appointmentId: string;
  patientId: string;
  planId: string;
  steroidMgPerDay: number | null | undefined;
  onSteroid: (mg: number | null) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = localeOf(i18n.language);
  const [steroidText, setSteroidText] = useState(() =>
    typeof props.steroidMgPerDay === 'number' ? formatDecimal(props.steroidMgPerDay, lang) : '',
  );
  const view = useQuery('ready:evaluate', { appointmentId: props.appointmentId });
  const data = view.data;
  const consentLine = data?.readiness.lines.find((l) => l.key === 'consent');
  return (
    <section
      className="ready-panel"
      aria-labelledby="ready-title"
      data-outcome={data?.readiness.outcome}
      data-testid="ready-panel"
    >
      <h3 id="ready-title">{t('labs.ready.title')}</h3>
      <NumberField
        label={t('labs.ready.steroid')}
        value={steroidText}
        readOnly={props.readOnly}
        rules={STEROID_RULES}
        onText={(typed) => {
          // The field keeps the keys as typed ("0." on the way to 0.5); the draft gets the number only once it
          // is one the field accepts, and nothing (so the check says unknown) while it is not.
          setSteroidText(typed);
          const mg = typedNumber(typed, i18n.language, STEROID_RULES);
          props.onSteroid(typeof mg === 'number' ? mg : null);
        }}
      />
      {data && (
        <>
          <p
            className={`status ${data.canStart ? 'status-ok' : 'status-error'}`}
            data-testid="ready-outcome"
            role="status"
          >
            {data.readiness.outcome === 'ready'
              ? t('labs.ready.ready')
              : data.release
                ? t('labs.ready.released', {
                    name: data.release.prescriberName,
                    time: data.release.orderedAt,
                    reason: data.release.reason,
                  })
                : t('labs.ready.hold')}
          </p>
          {data.readiness.outcome === 'hold' && !data.release && (
            <ul className="ready-reasons">
              {data.readiness.reasons.map((r) => (
                <li key={r.id ?? r.en}>{r[lang]}</li>
              ))}
            </ul>
          )}
          {data.readiness.lines.map((line) => (
            <Line key={line.key} line={line} />
          ))}
          <p>
            <a href={labsHref(props.patientId)}>{t('labs.ready.openLabs')}</a>
          </p>
          {consentLine?.status === 'not-met' && <ConsentForm planId={props.planId} />}
          {data.readiness.outcome === 'hold' && !data.release && <ReleaseForm appointmentId={props.appointmentId} />}
        </>
      )}
      {view.error && <p className="status status-error">{view.error.message}</p>}
    </section>
  );
}
