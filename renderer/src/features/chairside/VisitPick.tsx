import { useTranslation } from 'react-i18next';
import type { WorklistItem } from '../../../../shared/ipc/contract/charting-visit';
import { clockTime } from '../../../../shared/schedule/windows';
import { FLAG_ICONS, visitStatus } from '../schedule';
import { visitHref } from './route';
import { drugsText } from '../../lib/doses';
import { RegimenName } from '../../lib/clinicalText';
import { clinicalFrench } from '../../../../shared/clinical/french';

/** One of today's visits on the chairside list: time and chair, patient, drugs, status, check-in, flags. */
export function VisitPick({ visit: a }: { visit: WorklistItem }) {
  const { t } = useTranslation();
  const status = visitStatus(a, t);
  return (
    <a className="cs-pick" href={visitHref(a.appointmentId, a.isCheckedIn ? 'assessment' : 'check-in')}>
      <span className="cs-pick-time">
        {clockTime(a.start)}–{clockTime(a.end)} · {a.chairName}
      </span>
      <strong className="cs-pick-name">{a.patientName}</strong> <span className="mrn">{a.mrn}</span>
      <span className="cs-pick-drugs">{drugsText(a.drugs) || <RegimenName name={a.regimenName} />}</span>
      <span className="cs-pick-meta">
        <span className={`status-chip status-${a.status}${a.phase ? ` phase-${a.phase}` : ''}`}>
          <span aria-hidden="true">{status.icon} </span>
          {status.text}
        </span>
        {a.isCheckedIn ? (
          <span className="status status-ok">
            <span aria-hidden="true">☑ </span>
            {t('chairside.picker.checkedIn')}
          </span>
        ) : (
          <span className="status status-warn">
            <span aria-hidden="true">☐ </span>
            {t('chairside.picker.notCheckedIn')}
          </span>
        )}
        {a.flags.map((f) => (
          <span key={f} className={`appt-flag flag-${f}`}>
            <span aria-hidden="true">{FLAG_ICONS[f]}</span> {t(`schedule.flag.${f}`)}
          </span>
        ))}
      </span>
    </a>
  );
}

/** What the chairside filter looks in: the patient, MRN, chair, time, drugs and regimen (in English and French). */
export function visitSearchText(a: WorklistItem): string {
  const drugs = a.drugs.map((d) => d.name).join(' ');
  return `${a.patientName} ${a.mrn} ${a.chairName} ${clockTime(a.start)} ${drugs} ${a.regimenName} ${clinicalFrench(a.regimenName) ?? ''}`;
}
