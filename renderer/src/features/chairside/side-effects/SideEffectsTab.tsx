import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../app/api';
import { isoDay, useCoreClock } from '../clock';
import { ErrorLine } from '../parts';
import { IraeForm } from './IraeForm';
import { IraeTimeline } from './IraeTimeline';

interface TabProps {
  patientId: string;
  appointmentId: string | null;
  planId: string | null;
}

/** Side effects (irAEs) graded with CTCAE v5.0, and the patient's timeline across cycles. */
export function SideEffectsTab({ patientId, appointmentId, planId }: TabProps) {
  const { t } = useTranslation();
  const clock = useCoreClock(60_000);
  const timeline = useQuery('charting:irae-timeline', { patientId });
  const entries = useQuery('chart:list', { patientId, kind: 'irae' });
  const [open, setOpen] = useState<string>('new');
  const [generation, setGeneration] = useState(0);
  const entry = open === 'new' ? null : (entries.data?.find((e) => e.id === open) ?? null);
  if (timeline.error) return <ErrorLine message={timeline.error.message} />;
  if (!clock || !entries.data) return <p>{t('app.loading')}</p>;
  return (
    <>
      <IraeTimeline items={timeline.data ?? []} onOpen={setOpen} />
      <div className="form-actions cs-gap">
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen('new');
            setGeneration((g) => g + 1);
          }}
        >
          {t('chairside.irae.new')}
        </button>
      </div>
      <h3>
        {entry
          ? t('chairside.irae.editing', { term: typeof entry.payload.term === 'string' ? entry.payload.term : '' })
          : t('chairside.irae.new')}
      </h3>
      <IraeForm
        key={`${open}-${generation}`}
        patientId={patientId}
        appointmentId={appointmentId}
        entry={entry}
        planId={planId}
        today={isoDay(clock)}
      />
    </>
  );
}
