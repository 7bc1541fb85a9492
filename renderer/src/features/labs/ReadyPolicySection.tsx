import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadyPolicy } from '../../../../shared/ready/monitoring';
import type { ReadyPolicyDefaults, ShippedLimit } from '../../../../shared/ready/policy-defaults';
import { formatDecimal } from '../../../../shared/numbers/decimal';
import { analyteOf } from '../../../../shared/labs/analytes';
import { useMutation, useQuery } from '../../app/api';
import { localeOf, NumberField, typedNumber } from '../../components/NumberField';
import { SaveStatus } from '../settings';
import { useSave } from '../settings';
import { SourceNote } from './SourceNote';
import './labs.css';

// Settings → Ready to treat: the two windows no source gives a number for, and the center's limits in place of
// the shipped ones, each with the shipped value and its sources beside it. Read-only for a nurse (the Settings
// screen disables the fields); the core audits each save and refuses a value naming its field.

const WINDOW_RULES = {
  preDoseMaxAgeHours: { integer: true, min: 1, max: 24 * 14 },
  periodicMaxAgeDays: { integer: true, min: 1, max: 365 },
} as const;
type WindowKey = keyof typeof WINDOW_RULES;
const LIMIT_RULES = { decimals: 2 } as const;

interface Draft {
  windows: Record<WindowKey, string>;
  limits: Record<string, string>;
}

function toDraft(policy: ReadyPolicy, language: string): Draft {
  const text = (n: number | null | undefined) =>
    n === null || n === undefined ? '' : formatDecimal(n, localeOf(language));
  return {
    windows: {
      preDoseMaxAgeHours: text(policy.preDoseMaxAgeHours),
      periodicMaxAgeDays: text(policy.periodicMaxAgeDays),
    },
    limits: Object.fromEntries(Object.entries(policy.limits).map(([k, v]) => [k, text(v)])),
  };
}

/** The policy to send, or null when a field holds something that is not a number (it says why beside it). */
function fromDraft(draft: Draft, language: string): ReadyPolicy | null {
  const pre = typedNumber(draft.windows.preDoseMaxAgeHours, language, WINDOW_RULES.preDoseMaxAgeHours);
  const periodic = typedNumber(draft.windows.periodicMaxAgeDays, language, WINDOW_RULES.periodicMaxAgeDays);
  const limits: Record<string, number> = {};
  for (const [key, text] of Object.entries(draft.limits)) {
    const value = typedNumber(text, language, LIMIT_RULES);
    if (value === 'invalid') return null;
    if (value !== null) limits[key] = value;
  }
  if (pre === 'invalid' || periodic === 'invalid') return null;
  return { preDoseMaxAgeHours: pre, periodicMaxAgeDays: periodic, limits };
}

export function ReadyPolicySection() {
  const policy = useQuery('ready:policy', {});
  const defaults = useQuery('ready:policy-defaults', {});
  const error = policy.error ?? defaults.error;
  if (error) return <p className="status status-error">{error.message}</p>;
  if (!policy.data || !defaults.data) return null;
  return <PolicyForm policy={policy.data} defaults={defaults.data} />;
}

function PolicyForm(props: { policy: ReadyPolicy; defaults: ReadyPolicyDefaults }) {
  const { t, i18n } = useTranslation();
  const save = useSave();
  // The policy decides what Ready to treat asks for, so an open evaluation asks again too.
  const saving = useMutation('ready:save-policy', { invalidates: ['ready:policy', 'ready:evaluate'] });
  const [draft, setDraft] = useState(() => toDraft(props.policy, i18n.language));
  useEffect(() => setDraft(toDraft(props.policy, i18n.language)), [props.policy, i18n.language]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const policy = fromDraft(draft, i18n.language);
    if (!policy) return save.refuse({});
    await save.run(() => saving.run({ policy }));
  }

  const windowField = (key: WindowKey, unit: string, sources: ReadyPolicyDefaults['preDoseSources']) => (
    <NumberField
      label={t(`labs.policy.${key}`)}
      unit={unit}
      rules={WINDOW_RULES[key]}
      value={draft.windows[key]}
      error={save.errors[`policy.${key}`]}
      className="short-number"
      help={draft.windows[key] === '' ? `ℹ ${t('labs.policy.notSet')}` : t('labs.policy.askedBy')}
      onText={(text) => setDraft((d) => ({ ...d, windows: { ...d.windows, [key]: text } }))}
      after={<SourceNote sources={sources} />}
    />
  );

  return (
    <section aria-labelledby="settings-section-title" className="center-section ready-policy">
      <p className="field-help">{t('labs.policy.intro')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('labs.policy.windows')}</legend>
          {windowField('preDoseMaxAgeHours', t('labs.policy.preDoseUnit'), props.defaults.preDoseSources)}
          {windowField('periodicMaxAgeDays', t('labs.policy.periodicUnit'), props.defaults.periodicSources)}
        </fieldset>
        <fieldset>
          <legend>{t('labs.policy.limits')}</legend>
          {props.defaults.limits.map((limit) => (
            <LimitField
              key={limit.id}
              limit={limit}
              text={draft.limits[limit.id] ?? ''}
              error={save.errors[`policy.limits.${limit.id}`]}
              onText={(text) => setDraft((d) => ({ ...d, limits: { ...d.limits, [limit.id]: text } }))}
            />
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('labs.policy.save')}
          </button>
          <SaveStatus message={save.message} />
        </div>
      </form>
    </section>
  );
}

function LimitField(props: {
  limit: ShippedLimit;
  text: string;
  error: string | undefined;
  onText: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { limit } = props;
  const lang = localeOf(i18n.language);
  const analyte = limit.analyte ? analyteOf(limit.analyte).names[lang] : '';
  const unit = limit.compare === 'above' ? (limit.unit ?? '') : t(`labs.policy.unit.${limit.compare}`);
  const shipped = `${formatDecimal(limit.limit, lang)} ${unit}`;
  return (
    <NumberField
      label={t(`labs.policy.limit.${limit.compare}`, { analyte })}
      unit={unit}
      rules={LIMIT_RULES}
      value={props.text}
      error={props.error}
      className="short-number"
      help={t('labs.policy.shipped', { value: shipped })}
      testId={`ready-limit-${limit.id}`}
      onText={props.onText}
      after={<SourceNote sources={limit.sources} />}
    />
  );
}
