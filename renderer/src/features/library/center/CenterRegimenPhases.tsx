import { useTranslation } from 'react-i18next';
import type { DoseRule, Regimen } from '../../../../../shared/clinical';
import { NumberField } from '../../../components/NumberField';

const WHOLE = { integer: true } as const;

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
              <NumberField
                label={t('library.center.intervalDays')}
                rules={WHOLE}
                error={at('intervalDays')}
                value={draft.intervalDays}
                onText={(text) => setPhase(p, { intervalDays: text })}
              />
              <NumberField
                label={t('library.center.phaseDoses')}
                help={t('library.center.phaseDosesHelp')}
                rules={WHOLE}
                error={at('doses')}
                value={draft.doses}
                onText={(text) => setPhase(p, { doses: text })}
              />
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
                      <NumberField
                        label={t('library.center.amount', { drug: item.drugId, unit })}
                        error={itemError(item.dose.kind === 'flat' ? 'dose.mg' : 'dose.mgPerKg') ?? itemError('dose')}
                        value={itemDraft.amount}
                        onText={(text) => setItem(p, i, { amount: text })}
                      />
                    )}
                    <NumberField
                      label={t('library.center.firstMinutes', { drug: item.drugId })}
                      help={t('library.center.minutesHelp')}
                      rules={WHOLE}
                      error={itemError('infusionMinutes.first')}
                      value={itemDraft.first}
                      onText={(text) => setItem(p, i, { first: text })}
                    />
                    <NumberField
                      label={t('library.center.laterMinutes', { drug: item.drugId })}
                      rules={WHOLE}
                      error={itemError('infusionMinutes.subsequent')}
                      value={itemDraft.later}
                      onText={(text) => setItem(p, i, { later: text })}
                    />
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
