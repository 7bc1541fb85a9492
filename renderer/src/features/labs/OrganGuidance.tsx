import { useTranslation } from 'react-i18next';
import { useQuery } from '../../app/api';
import { localeOf } from '../../components/NumberField';
import { SourceCitation } from '../../components/SourceCitation';
import './labs.css';

// Under a side effect's grade: what the labels and the ASCO 2021 guideline say for this organ and grade, for
// every drug of the plan, with the sources; when it says withhold or discontinue, an offer to hold the plan
// (the side effect's Hold action: signing it puts the plan on hold, as grade 3–4 reactions already do).

export function OrganGuidance(props: {
  meddraCode: string;
  grade: number | null;
  planId: string | null;
  canOfferHold: boolean;
  onHold: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = localeOf(i18n.language);
  const enabled = Boolean(props.meddraCode) && props.grade !== null;
  const guidance = useQuery(
    'ready:irae-guidance',
    { meddraCode: props.meddraCode || '00000000', grade: props.grade ?? 1, planId: props.planId },
    { enabled },
  );
  const g = enabled ? guidance.data : null;
  if (!g) return null;
  return (
    <aside className="cs-guidance" data-testid="organ-guidance" data-decision={g.decision}>
      <h4>
        {t('labs.guidance.title', {
          organ: g.organ ? g.organ.names[lang] : t('labs.guidance.general'),
          grade: g.grade,
        })}
      </h4>
      <p>
        <strong>{t(`labs.guidance.decision.${g.decision}`)}</strong>
      </p>
      {g.drugs.length > 0 && (
        <ul>
          {g.drugs.map((d) => (
            <li key={d.drugId}>
              {d.drugName}: {t(`labs.guidance.decision.${d.decision}`)}
            </li>
          ))}
        </ul>
      )}
      {g.combination && <p>{g.combination[lang]}</p>}
      {g.resume && <p>{g.resume[lang]}</p>}
      <ul className="field-help">
        {g.sources.map((s) => (
          <li key={s.title}>
            <SourceCitation title={s.title} url={s.url} revised={s.url ? s.revised : null} />
          </li>
        ))}
      </ul>
      {props.canOfferHold && g.decision !== 'continue' && (
        <button type="button" className="organ-offer" onClick={props.onHold} data-testid="offer-hold">
          {t('labs.guidance.offerHold')}
        </button>
      )}
    </aside>
  );
}
