import { useTranslation } from 'react-i18next';
import type { DoseRule, Regimen } from '../../../../../shared/clinical';
import { Field } from '../../../components/Field';

// The phases of a center regimen draft: interval and number of doses per phase, and per drug the amount and
// (optionally) the center's infusion times. Errors come keyed by the core's paths (regimen.phases.0.…).

export interface PhaseDraft {
  intervalDays: string;
  doses: string;
  items: Array<{ amount: string; first: string; later: string }>;
}

interface Props {
  base: Regimen;
  phases: PhaseDraft[];
  errors: Record<string, string>;
  doseText: (rule: DoseRule) => string;
  onChange: (phases: PhaseDraft[]) => void;
}

export function CenterRegimenPhases({ base, phases, errors, doseText, onChange }: Props) {
  const { t } = useTranslation();
  const setPhase = (p: number, changes: Partial<PhaseDraft>) =>
    onChange(phases.map((phase, i) => (i === p ? { ...phase, ...changes } : phase)));
  const setItem = (p: number, i: number, changes: Partial<PhaseDraft['items'][number]>) =>
    setPhase(p, { items: phases[p]!.items.map((item, j) => (j === i ? { ...item, ...changes } : item)) });
  return (
    <>
      {base.phases.map((phase, p) => {
        const draft = phases[p]!;
        const at = (path: string) => errors[`regimen.phases.${p}.${path}`];
        return (
          <fieldset key={phase.id} className="lib-phase-fieldset">
            <legend lang="en">{phase.label}</legend>
            <div className="lib-inline-fields">
              <Field label={t('library.center.intervalDays')} error={at('intervalDays')}>
                <input
                  value={draft.intervalDays}
                  inputMode="numeric"
                  maxLength={4}
                  onChange={(e) => setPhase(p, { intervalDays: e.target.value })}
                />
              </Field>
              <Field
                label={t('library.center.phaseDoses')}
                help={t('library.center.phaseDosesHelp')}
                error={at('doses')}
              >
                <input
                  value={draft.doses}
                  inputMode="numeric"
                  maxLength={4}
                  onChange={(e) => setPhase(p, { doses: e.target.value })}
                />
              </Field>
            </div>
            {at('items') && (
              <p className="field-error" role="alert">
                <span aria-hidden="true">⚠ </span>
                {at('items')}
              </p>
            )}
            {phase.items.map((item, i) => {
              const itemDraft = draft.items[i]!;
              const itemError = (path: string) => at(`items.${i}.${path}`);
              const unit = item.dose.kind === 'perKg' ? 'mg/kg' : 'mg';
              return (
                <div key={`${item.drugId}-${item.order}`} className="lib-item-fields">
                  <p className="lib-item-title" lang="en">
                    {item.drugId} · {doseText(item.dose)}
                  </p>
                  {itemError('drugId') && <p className="field-error">{itemError('drugId')}</p>}
                  <div className="lib-inline-fields">
                    {item.dose.kind === 'weightBand' ? (
                      <p className="lib-help">{t('library.center.weightBandFixed')}</p>
                    ) : (
                      <Field
                        label={t('library.center.amount', { drug: item.drugId, unit })}
                        error={itemError(item.dose.kind === 'flat' ? 'dose.mg' : 'dose.mgPerKg') ?? itemError('dose')}
                      >
                        <input
                          value={itemDraft.amount}
                          inputMode="decimal"
                          maxLength={10}
                          onChange={(e) => setItem(p, i, { amount: e.target.value })}
                        />
                      </Field>
                    )}
                    <Field
                      label={t('library.center.firstMinutes', { drug: item.drugId })}
                      help={t('library.center.minutesHelp')}
                      error={itemError('infusionMinutes.first')}
                    >
                      <input
                        value={itemDraft.first}
                        inputMode="numeric"
                        maxLength={4}
                        onChange={(e) => setItem(p, i, { first: e.target.value })}
                      />
                    </Field>
                    <Field
                      label={t('library.center.laterMinutes', { drug: item.drugId })}
                      error={itemError('infusionMinutes.subsequent')}
                    >
                      <input
                        value={itemDraft.later}
                        inputMode="numeric"
                        maxLength={4}
                        onChange={(e) => setItem(p, i, { later: e.target.value })}
                      />
                    </Field>
                  </div>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </>
  );
}
