import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import './chairside.css';

/**
 * The reaction flag on the patient banner: shown from the moment an infusion reaction is signed, on every
 * screen that shows the banner (read from the signed entries, so nothing else has to remember it).
 */
export function ReactionAlert({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const alerts = useQuery('charting:alerts', { patientId });
  const reaction = alerts.data?.reaction;
  if (!reaction) return null;
  return (
    <p className="cs-reaction-alert" data-testid="reaction-alert">
      <span aria-hidden="true" className="allergy-icon">
        ⚠
      </span>
      <strong>
        {t('chairside.alert.reaction', { grade: reaction.grade, drug: reaction.drugName, date: reaction.date })}
      </strong>
    </p>
  );
}
