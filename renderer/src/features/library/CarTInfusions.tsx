import { useTranslation } from 'react-i18next';
import type { CarTProduct } from '../../../../shared/clinical';
import { ClinicalText } from '../../lib/clinicalText';
import { unverifiedAt, unverifiedWithin } from './format';
import { Fact, UnverifiedMarks } from './parts';

// A CAR T product's indications with their doses (and the test a dose depends on), and the later infusions of
// a split dose with the rules that postpone or stop them (Aucatzyl: CRS or ICANS after the first dose).

export function CarTIndications({ product }: { product: CarTProduct }) {
  const { t } = useTranslation();
  return (
    <Fact label={t('library.fact.indications')} unverified={unverifiedAt(product, 'indications')}>
      <ul className="lib-items">
        {product.indications.map((indication, i) => (
          <li key={indication.id} className="lib-item">
            {/* The label's indication as published (English); the screen's own words around it are translated. */}
            <p className="lib-item-title" lang="en">
              {indication.label}
            </p>
            <p>
              <strong>{indication.doseText}</strong>
            </p>
            {indication.doseDependsOn && (
              <p className="lib-boxed" data-testid="dose-depends-on">
                <span aria-hidden="true">⚠ </span>
                {t('library.doseDependsOn', {
                  test: indication.doseDependsOn.test,
                  days: indication.doseDependsOn.withinDaysBeforeLd,
                  text: indication.doseDependsOn.text,
                })}
              </p>
            )}
            {indication.infusionWindow && <p>{indication.infusionWindow.text}</p>}
            {indication.timingNotes.map((note) => (
              <p key={note}>
                <ClinicalText text={note} />
              </p>
            ))}
            <UnverifiedMarks entries={unverifiedWithin(product, `indications.${i}`)} />
          </li>
        ))}
      </ul>
    </Fact>
  );
}

export function CarTLaterInfusions({ product }: { product: CarTProduct }) {
  const { t } = useTranslation();
  if (product.additionalInfusions.length === 0) return null;
  return (
    <Fact label={t('library.fact.additionalInfusions')} unverified={unverifiedAt(product, 'additionalInfusions')}>
      {product.additionalInfusions.map((extra, i) => (
        <div key={extra.label} data-testid="later-infusion">
          <p>
            <strong>{extra.label}</strong>: <ClinicalText text={extra.text} />
          </p>
          {extra.holdRules.length > 0 && (
            <>
              <p className="lib-item-title">{t('library.fact.holdRules')}</p>
              <ul className="lib-bullets">
                {extra.holdRules.map((rule, r) => (
                  <li key={rule.text}>
                    <ClinicalText text={rule.text} />
                    <UnverifiedMarks entries={unverifiedWithin(product, `additionalInfusions.${i}.holdRules.${r}`)} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </Fact>
  );
}
