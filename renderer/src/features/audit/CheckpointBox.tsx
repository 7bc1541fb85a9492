import { useTranslation } from 'react-i18next';
import type { Query } from '../../app/api';
import type { CheckpointInfo } from '../../../../shared/ipc/contract/audit';
import { useClinicTimes } from '../../app/clinic-clock';

/**
 * The latest signed checkpoint of the trail (count and last hash): printed with the report or noted
 * elsewhere, it proves later that no event was removed or rewritten since.
 */
export function CheckpointBox({ info }: { info: Query<CheckpointInfo> }) {
  const { t } = useTranslation();
  const clinic = useClinicTimes();
  const latest = info.data?.latest ?? null;
  return (
    <section className="audit-checkpoint" aria-labelledby="audit-checkpoint-title">
      <h2 id="audit-checkpoint-title">{t('audit.checkpoint.title')}</h2>
      {latest ? (
        <dl className="audit-checkpoint-facts">
          <dt>{t('audit.checkpoint.number')}</dt>
          <dd>{latest.seq}</dd>
          <dt>{t('audit.checkpoint.at')}</dt>
          <dd>{clinic.dateTime(latest.atUtc)}</dd>
          <dt>{t('audit.checkpoint.count')}</dt>
          <dd>{t('audit.checkpoint.events', { count: latest.count, id: latest.headId })}</dd>
          <dt>{t('audit.checkpoint.hash')}</dt>
          <dd>
            <code>{latest.headHash}</code>
          </dd>
          <dt>{t('audit.checkpoint.key')}</dt>
          <dd>
            <code>{latest.keyId}</code>
          </dd>
        </dl>
      ) : (
        <p>{t('audit.checkpoint.none')}</p>
      )}
      <p className="audit-checkpoint-help">{t('audit.checkpoint.help')}</p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('audit.print')}
      </button>
    </section>
  );
}
