import { useTranslation } from 'react-i18next';
import type { PlanOptions } from '../../../../../shared/ipc/contract/plans';
import { Field } from '../../../components/Field';
import { DateField } from '../../../components/DateField';
import { useClinicalText } from '../../../lib/clinicalText';
import { withColon } from '../../../i18n/colon';

export interface CarTDraft {
  productId: string;
  indicationId: string;
  ldRegimenId: string;
  day0: string;
  /** Days between the end of lymphodepletion and day 0, for labels that give a window. */
  gap: string;
}

export const emptyCarT = (today: string): CarTDraft => ({
  productId: '',
  indicationId: '',
  ldRegimenId: '',
  day0: today,
  gap: '',
});

type Product = PlanOptions['carTProducts'][number];

/** The library's lymphodepletion regimens for an indication, the default (non-alternative) one first. */
export function ldChoices(product: Product | undefined, indicationId: string) {
  return (product?.ldRegimens ?? [])
    .filter((r) => r.indicationIds.includes(indicationId))
    .toSorted((a, b) => Number(a.isAlternative) - Number(b.isAlternative));
}

/** What the library holds for a product and indication, picked the way its calendar needs them. */
export function CarTFields(props: {
  products: Product[];
  draft: CarTDraft;
  errors: Record<string, string>;
  onChange: (d: CarTDraft) => void;
}) {
  const { products, draft, errors, onChange } = props;
  const { t } = useTranslation();
  // Options and help are plain text: the library's French where fr.json has it (indications, windows).
  const clinical = useClinicalText();
  const library = (english: string) => clinical(english).text;
  const product = products.find((p) => p.id === draft.productId);
  const indication = product?.indications.find((i) => i.id === draft.indicationId);
  const regimens = ldChoices(product, draft.indicationId);
  const window = regimens.length > 0 ? indication?.infusionWindow : null;
  const pickIndication = (indicationId: string) => {
    const first = ldChoices(product, indicationId)[0];
    const gap = product?.indications.find((i) => i.id === indicationId)?.infusionWindow?.minDaysAfterLd;
    onChange({ ...draft, indicationId, ldRegimenId: first?.id ?? '', gap: gap === undefined ? '' : String(gap) });
  };
  return (
    <>
      <Field label={t('planActions.carT.product')} error={errors.productId}>
        <select
          value={draft.productId}
          onChange={(e) =>
            onChange({ ...draft, productId: e.target.value, indicationId: '', ldRegimenId: '', gap: '' })
          }
        >
          <option value="">{t('planActions.carT.choose')}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      {product && (
        <Field label={t('planActions.carT.indication')} error={errors.indicationId}>
          <select value={draft.indicationId} onChange={(e) => pickIndication(e.target.value)}>
            <option value="">{t('planActions.carT.choose')}</option>
            {product.indications.map((i) => (
              <option key={i.id} value={i.id}>
                {library(i.label)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {indication && (
        <LdRegimen
          regimens={regimens}
          value={draft.ldRegimenId}
          error={errors.ldRegimenId}
          onChange={(ldRegimenId) => onChange({ ...draft, ldRegimenId })}
        />
      )}
      <DateField
        label={t('planActions.carT.day0')}
        error={errors.day0}
        value={draft.day0}
        onChange={(day0) => onChange({ ...draft, day0 })}
      />
      {window && (
        <Field
          label={t('planActions.carT.gap')}
          help={t('planActions.carT.gapHelp', {
            text: library(window.text),
            min: window.minDaysAfterLd,
            max: window.maxDaysAfterLd,
          })}
          error={errors.daysAfterLdCompletion}
        >
          <select value={draft.gap} onChange={(e) => onChange({ ...draft, gap: e.target.value })}>
            {Array.from(
              { length: window.maxDaysAfterLd - window.minDaysAfterLd + 1 },
              (_, i) => window.minDaysAfterLd + i,
            ).map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </Field>
      )}
    </>
  );
}

function LdRegimen(props: {
  regimens: ReturnType<typeof ldChoices>;
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const library = useClinicalText();
  if (props.regimens.length === 0)
    return (
      <p className="notice">
        {withColon(t('planActions.carT.ldRegimen'))} {t('planActions.carT.ldNone')}
      </p>
    );
  return (
    <Field label={t('planActions.carT.ldRegimen')} error={props.error}>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.regimens.map((r) => (
          <option key={r.id} value={r.id}>
            {r.isAlternative && !/alternative/i.test(r.label)
              ? t('planActions.carT.ldAlternative', { label: library(r.label).text })
              : library(r.label).text}
          </option>
        ))}
      </select>
    </Field>
  );
}
