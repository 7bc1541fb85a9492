import { useTranslation } from 'react-i18next';
import type { AuditChainReport } from '../../../../shared/ipc/contract/audit';

const SHOWN = 50;

/** Every break, by kind, with the event or entry it concerns (the first 50; the count says how many). */
export function ChainBreaks({ report }: { report: AuditChainReport }) {
  const { t } = useTranslation();
  return (
    <ul className="audit-breaks">
      {report.breaks.slice(0, SHOWN).map((b, i) => (
        <li key={`${b.kind}-${String(b.id)}-${i}`}>{t(`audit.break.${b.kind}`, { id: b.id ?? '—' })}</li>
      ))}
      {report.breakCount > SHOWN && <li>{t('audit.moreBreaks', { count: report.breakCount - SHOWN })}</li>}
    </ul>
  );
}
