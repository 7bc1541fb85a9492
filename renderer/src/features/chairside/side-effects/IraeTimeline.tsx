import { useTranslation } from 'react-i18next';
import type { IraeTimelineItem } from '../../../../../shared/ipc/contract/charting';
import { Day } from '../../../components/Day';
import { tDynamic } from '../../../i18n';
import { useRegimenName } from '../../../lib/clinicalText';

/** Every side effect of the patient across cycles, oldest onset first; a row opens its entry. */
export function IraeTimeline({ items, onOpen }: { items: IraeTimelineItem[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const regimenName = useRegimenName();
  if (items.length === 0) return <p className="muted">{t('chairside.irae.noneYet')}</p>;
  return (
    <div className="cs-table-wrap">
      <table className="cs-table" data-testid="irae-timeline">
        <caption>{t('chairside.irae.timeline')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chairside.irae.cycle')}</th>
            <th scope="col">{t('chairside.irae.term')}</th>
            <th scope="col">{t('chairside.irae.gradeCol')}</th>
            <th scope="col">{t('chairside.irae.dates')}</th>
            <th scope="col">{t('chairside.irae.action')}</th>
            <th scope="col">{t('chairside.irae.state')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id}>
              <td>
                {i.cycle === null
                  ? '—'
                  : t('chairside.irae.cycleN', { cycle: i.cycle, regimen: regimenName(i.regimenName ?? '') })}
              </td>
              <td>
                <button type="button" className="button cs-link" onClick={() => onOpen(i.id)}>
                  {i.term || t('chairside.irae.noTerm')}
                </button>
              </td>
              <td>{i.grade === null ? '—' : t('chairside.grade.grade', { grade: i.grade })}</td>
              <td>
                {i.onsetDate ? <Day iso={i.onsetDate} /> : '—'} →{' '}
                {i.resolutionDate ? <Day iso={i.resolutionDate} /> : t('chairside.irae.ongoing')}
              </td>
              <td>{i.actions.map((a) => tDynamic(`chairside.irae.actions.${a}`, a)).join(', ')}</td>
              <td>
                <span className={`status ${i.status === 'signed' ? 'status-ok' : 'status-warn'}`}>
                  <span aria-hidden="true">{i.status === 'signed' ? '✓ ' : '✎ '}</span>
                  {t(`chairside.entry.state.${i.status}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
