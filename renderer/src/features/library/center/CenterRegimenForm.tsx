import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoseRule, Regimen, RegimenItem } from '../../../../../shared/clinical';
import { call, useMutation } from '../../../app/api';
import { CENTER_REGIMEN_READS } from './library-reads';
import { Field } from '../../../components/Field';
import { localeOf } from '../../../components/NumberField';
import { formatDecimal, readDecimal } from '../../../../../shared/numbers/decimal';
import { useDoseRuleText } from '../format';
import { LibrarySearch } from '../LibrarySearch';
import { SaveStatus, useLibrarySave } from './useLibrarySave';
import { CenterRegimenPhases, type PhaseDraft } from './CenterRegimenPhases';

// A center regimen starts as a copy of a shipped one (its drugs, phases and sources), which the center then
// changes: name, intervals, numbers of doses, amounts and infusion times. The core validates it with the
// library's own regimen rules and names each field it refuses.

interface Draft {
  slug: string;
  name: string;
  setting: string;
  sourceTitle: string;
  reason: string;
  phases: PhaseDraft[];
}

type Locale = ReturnType<typeof localeOf>;

/** The number as typed, or NaN (which the core refuses, naming the field) for an empty or unreadable text. */
function numberOrNaN(text: string, locale: Locale): number {
  const reading = readDecimal(text, locale);
  return reading.kind === 'number' && reading.problem === null ? reading.value : Number.NaN;
}

function draftFrom(base: Regimen, locale: Locale): Draft {
  const text = (n: number) => formatDecimal(n, locale);
  return {
    slug: '',
    name: base.name,
    setting: base.setting,
    sourceTitle: '',
    reason: '',
    phases: base.phases.map((phase) => ({
      intervalDays: text(phase.intervalDays),
      doses: phase.doses === null ? '' : text(phase.doses),
      items: phase.items.map((item) => ({
        amount:
          item.dose.kind === 'flat' ? text(item.dose.mg) : item.dose.kind === 'perKg' ? text(item.dose.mgPerKg) : '',
        first: item.infusionMinutes ? text(item.infusionMinutes.first) : '',
        later: item.infusionMinutes ? text(item.infusionMinutes.subsequent) : '',
      })),
    })),
  };
}

function doseFrom(base: DoseRule, amount: string, locale: Locale): DoseRule {
  if (base.kind === 'flat') {
    const mg = numberOrNaN(amount, locale);
    // The label's words ("480 mg nivolumab / 160 mg relatlimab") only stay while the amount is the label's.
    return mg === base.mg ? base : { kind: 'flat', mg };
  }
  if (base.kind === 'perKg') return { ...base, mgPerKg: numberOrNaN(amount, locale) };
  return base;
}

function itemFrom(base: RegimenItem, draft: PhaseDraft['items'][number], locale: Locale): RegimenItem {
  const hasTime = draft.first.trim() !== '' || draft.later.trim() !== '';
  const { infusionMinutes: baseTime, ...rest } = base;
  const first = numberOrNaN(draft.first, locale);
  const later = draft.later.trim() === '' ? first : numberOrNaN(draft.later, locale);
  const time = hasTime
    ? { first, subsequent: later, text: `Center regimen: first infusion ${first} min, later ${later} min` }
    : baseTime;
  return { ...rest, dose: doseFrom(base.dose, draft.amount, locale), ...(time ? { infusionMinutes: time } : {}) };
}

export function buildCenterRegimen(base: Regimen, draft: Draft, locale: Locale): Regimen {
  return {
    ...base,
    id: `center:${draft.slug.trim()}`,
    name: draft.name.trim(),
    setting: draft.setting.trim(),
    phases: base.phases.map((phase, p) => {
      const d = draft.phases[p]!;
      return {
        ...phase,
        intervalDays: numberOrNaN(d.intervalDays, locale),
        doses: d.doses.trim() === '' ? null : numberOrNaN(d.doses, locale),
        items: phase.items.map((item, i) => itemFrom(item, d.items[i]!, locale)),
      };
    }),
    // The center's own protocol comes first; an empty title is refused by the core, naming this field.
    sources: [{ title: draft.sourceTitle.trim(), kind: 'center' as const }, ...base.sources],
    // The shipped sources move down by one: their UNVERIFIED marks ("sources.0: …") follow them.
    unverified: base.unverified.map((u) => u.replace(/^sources\.(\d+)/, (_, n: string) => `sources.${Number(n) + 1}`)),
  };
}

export function CenterRegimenForm() {
  const { t, i18n } = useTranslation();
  const doseText = useDoseRuleText();
  const [base, setBase] = useState<Regimen | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const { errors, message, run, reset } = useLibrarySave();
  const saving = useMutation('library:save-center-regimen', { invalidates: CENTER_REGIMEN_READS });
  const update = (changes: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...changes } : d));

  async function choose(id: string) {
    const detail = await call('library:get-regimen', { id, visits: 1 });
    setBase(detail.regimen);
    setDraft(draftFrom(detail.regimen, localeOf(i18n.language)));
    reset();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!base || !draft) return;
    await run(() =>
      saving.run({
        regimen: buildCenterRegimen(base, draft, localeOf(i18n.language)),
        reason: draft.reason,
      }),
    );
  }

  return (
    <form className="lib-form" onSubmit={(e) => void save(e)} noValidate aria-labelledby="lib-add-regimen">
      <h4 id="lib-add-regimen">{t('library.center.addRegimen')}</h4>
      <p className="lib-help">{t('library.center.regimenHelp')}</p>
      <LibrarySearch
        label={t('library.center.startFrom')}
        kinds={['regimen']}
        clearOnOpen
        placeholder={t('library.center.regimenPlaceholder')}
        selectedId={base?.id ?? null}
        onOpen={(r) => void choose(r.id)}
      />
      {base && draft && (
        <>
          <p className="lib-chosen">
            {t('library.center.copyOf')} <strong lang="en">{base.name}</strong>
          </p>
          <Field
            label={t('library.center.regimenId')}
            help={t('library.center.regimenIdHelp')}
            error={errors['regimen.id']}
          >
            <input
              value={draft.slug}
              maxLength={60}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => update({ slug: e.target.value })}
            />
          </Field>
          <Field label={t('library.center.regimenName')} error={errors['regimen.name']}>
            <input value={draft.name} maxLength={200} onChange={(e) => update({ name: e.target.value })} />
          </Field>
          <Field label={t('library.center.regimenSetting')} error={errors['regimen.setting']}>
            <input value={draft.setting} maxLength={200} onChange={(e) => update({ setting: e.target.value })} />
          </Field>
          <CenterRegimenPhases
            base={base}
            phases={draft.phases}
            errors={errors}
            doseText={doseText}
            onChange={(phases) => update({ phases })}
          />
          <Field
            label={t('library.center.sourceTitle')}
            help={t('library.center.sourceHelp')}
            error={errors['regimen.sources.0.title']}
          >
            <input
              value={draft.sourceTitle}
              maxLength={200}
              onChange={(e) => update({ sourceTitle: e.target.value })}
            />
          </Field>
          <Field label={t('library.center.reason')} help={t('library.center.reasonHelp')} error={errors.reason}>
            <textarea
              value={draft.reason}
              rows={2}
              maxLength={500}
              onChange={(e) => update({ reason: e.target.value })}
            />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving.pending}>
              {t('library.center.saveRegimen')}
            </button>
            <SaveStatus message={message} />
          </div>
        </>
      )}
    </form>
  );
}
