import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdministrationPayload } from '../../../../../shared/charting/kinds-visit';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import type { VisitContext, VisitDrug } from '../../../../../shared/ipc/contract/charting';
import { call } from '../../../app/api';
import { hhmm, useCoreClock } from '../clock';
import { EntryFooter } from '../EntryFooter';
import { TimeField, Unverified } from '../parts';
import { useEntry } from '../useEntry';
import { useUserNames } from '../users';
import { AdminFields } from './AdminFields';
import { DoubleCheckDialog } from './DoubleCheckDialog';
import { InfusionTimer } from './InfusionTimer';

interface CardProps {
  context: VisitContext;
  drug: VisitDrug;
  entry: ChartEntry | null;
  /** The signed double check of this drug's current rate, if any. */
  check: ChartEntry | null;
  /** The drug given before this one on the day, while it has not stopped. */
  waitsFor: VisitDrug | null;
  patientLabel: string;
  onChanged: () => void;
}

const emptyFor = (drug: VisitDrug, premedication: string): AdministrationPayload => ({
  drugId: drug.drugId,
  drugName: drug.drugName,
  order: drug.order,
  doseMg: drug.doseMg,
  doseText: drug.doseText,
  route: drug.route,
  startTime: null,
  stopTime: null,
  rateMlPerHour: null,
  volumeMl: null,
  line: null,
  site: '',
  lot: '',
  filterUsed: null,
  premedication,
  notes: '',
});

/** One drug of the visit: its record, the second nurse's double check, start and stop, the timer. */
export function DrugCard({ context, drug, entry, check, waitsFor, patientLabel, onChanged }: CardProps) {
  const { t } = useTranslation();
  const clock = useCoreClock(15_000);
  const name = useUserNames();
  const [checking, setChecking] = useState(false);
  const handle = useEntry<AdministrationPayload>({
    kind: 'administration',
    patientId: context.patientId,
    appointmentId: context.appointment.id,
    initial: entry,
    empty: emptyFor(drug, context.premedication.join(' ')),
  });
  const { payload: p, update, issues, readOnly } = handle;
  const now = () => (clock ? hhmm(clock) : null);
  const isChecked = check !== null && check.payload.rateMlPerHour === p.rateMlPerHour;

  async function stamp(field: 'startTime' | 'stopTime') {
    update({ [field]: now() });
    const saved = await handle.saveNow();
    if (!saved || !saved.payload[field]) return update({ [field]: null });
    const status = context.appointment.status;
    if (field === 'startTime' && status === 'in-chair') {
      await call('schedule:set-status', { appointmentId: context.appointment.id, status: 'infusing' });
    }
    onChanged();
  }

  return (
    <article className="cs-drug" aria-labelledby={`drug-${drug.drugId}`} data-testid={`drug-${drug.drugId}`}>
      <h3 id={`drug-${drug.drugId}`}>
        {drug.order}. {drug.drugName} — {drug.doseText} {drug.route}
      </h3>
      {waitsFor && !p.startTime && (
        <p className="status status-warn" data-testid="waits-for">
          <span aria-hidden="true">‖ </span>
          {t('chairside.admin.waitsFor', { drug: waitsFor.drugName })}
        </p>
      )}
      <InfusionTimer start={p.startTime} stop={p.stopTime} expectedMinutes={drug.infusionMinutes} />
      {drug.infusionText && <p className="field-help">{t('chairside.admin.library', { text: drug.infusionText })}</p>}
      <Unverified items={drug.infusionUnverified} />
      <AdminFields drug={drug} payload={p} update={update} issues={issues} readOnly={readOnly} />
      <div className="cs-check-state" data-testid="double-check-state">
        {isChecked ? (
          <p className="status status-ok">
            <span aria-hidden="true">✓✓ </span>
            {t('chairside.admin.checkedBy', {
              name: name(check.verifiedBy),
              rate: check.payload.rateMlPerHour as number,
            })}
          </p>
        ) : (
          <p className="status status-warn">
            <span aria-hidden="true">☐ </span>
            {t('chairside.admin.notChecked')}
          </p>
        )}
        {!readOnly && !p.startTime && (
          <button
            type="button"
            className="button"
            disabled={p.rateMlPerHour === null}
            onClick={() => void handle.saveNow().then((saved) => saved && setChecking(true))}
          >
            {t('chairside.admin.doubleCheck')}
          </button>
        )}
      </div>
      <div className="cs-times">
        <TimeField
          label={t('chairside.admin.start')}
          value={p.startTime}
          now={now}
          readOnly={readOnly}
          error={issues.startTime}
          onChange={(startTime) => update({ startTime })}
        />
        <TimeField
          label={t('chairside.admin.stop')}
          value={p.stopTime}
          now={now}
          readOnly={readOnly}
          error={issues.stopTime}
          onChange={(stopTime) => update({ stopTime })}
        />
      </div>
      {!readOnly && (
        <div className="form-actions">
          {!p.startTime && (
            <button
              type="button"
              className="button button-primary"
              disabled={!isChecked || waitsFor !== null}
              onClick={() => void stamp('startTime')}
            >
              <span aria-hidden="true">▶ </span>
              {t('chairside.admin.startNow')}
            </button>
          )}
          {p.startTime && !p.stopTime && (
            <button type="button" className="button button-primary" onClick={() => void stamp('stopTime')}>
              <span aria-hidden="true">■ </span>
              {t('chairside.admin.stopNow')}
            </button>
          )}
        </div>
      )}
      <EntryFooter handle={handle} signLabel={t('chairside.admin.sign')} onSigned={onChanged} />
      {checking && handle.entry && p.rateMlPerHour !== null && (
        <DoubleCheckDialog
          drug={drug}
          patientLabel={patientLabel}
          rate={p.rateMlPerHour}
          patientId={context.patientId}
          appointmentId={context.appointment.id}
          administrationEntryId={handle.entry.entryId}
          onClose={() => setChecking(false)}
          onVerified={() => {
            setChecking(false);
            onChanged();
          }}
        />
      )}
    </article>
  );
}
