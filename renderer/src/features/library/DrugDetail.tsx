import { useTranslation } from 'react-i18next';
import type { DoseOption, Drug } from '../../../../shared/clinical';
import type { DrugDetail as DrugDetailData } from '../../../../shared/ipc/contract/library';
import type { EffectiveOverride } from '../../../../shared/ipc/contract/library-overrides';
import {
  intervalParts,
  overrideFor,
  titleCase,
  unverifiedAt,
  unverifiedLeftOver,
  unverifiedWithin,
  useDoseRuleText,
} from './format';
import { Fact, LookAlikeWarning, OverrideNote, Sources, UnverifiedMarks, VerificationBadge } from './parts';
import { libraryHref } from './route';
import { ClinicalText, RegimenName } from '../../lib/clinicalText';
import { clinicalTextIn } from '../../../../shared/clinical';
import { DrugPreparation } from './DrugPreparation';

// A drug's facts as the library ships them (with the center's values beside them), each UNVERIFIED fact
// marked where it is shown.

const ANCHORS = [
  'doseOptions',
  'infusionMinutes',
  'inLineFilter',
  'premedication',
  'monitoringLabs',
  'indications',
  'administration',
  'infusionReactionRule',
  'composition',
  'approval',
  'lookAlikeWarning',
  'preparation',
  'labsBeforeEachDose',
];

export function useIntervalText() {
  const { t } = useTranslation();
  return (days: number | null) => {
    if (days === null) return t('library.singleDose');
    const { weeks } = intervalParts(days);
    return weeks === null ? t('library.everyDays', { count: days }) : t('library.everyWeeks', { count: weeks, days });
  };
}

/** Infusion minutes in words; the label's condition for the later time in the screen's language. */
export function useMinutesText() {
  const { t, i18n } = useTranslation();
  return (first: number, later: number, condition?: string) =>
    first === later
      ? t('library.minutesSame', { minutes: first })
      : t('library.minutesFirstLater', { first, later }) +
        (condition ? ` — ${clinicalTextIn(i18n.language, condition)}` : '');
}

function DoseOptionRow({
  drug,
  option,
  index,
  overrides,
}: {
  drug: Drug;
  option: DoseOption;
  index: number;
  overrides: readonly EffectiveOverride[];
}) {
  const { t, i18n } = useTranslation();
  const interval = useIntervalText();
  const minutes = useMinutesText();
  const doseText = useDoseRuleText();
  const prefix = `doseOptions.${index}`;
  const changed = overrides.filter((o) => o.fieldPath.startsWith(`${prefix}.`));
  const maxDuration = option.maxDuration && clinicalTextIn(i18n.language, option.maxDuration.text);
  return (
    <li className="lib-item">
      <p className="lib-item-title">
        <ClinicalText text={option.setting} />
      </p>
      {/* Words and doses in the screen's language (fr.json covers every library text here; french.test checks). */}
      <p lang={i18n.language}>
        <strong>{doseText(option.dose)}</strong> · {interval(option.intervalDays)}
        {option.maxDoses !== undefined && <> · {t('library.maxDoses', { count: option.maxDoses })}</>}
        {maxDuration && <> · {maxDuration}</>}
        {option.population && option.population !== 'adult' && <> · {t(`library.population.${option.population}`)}</>}
      </p>
      {option.infusionMinutes && (
        <p lang={i18n.language}>{minutes(option.infusionMinutes.first, option.infusionMinutes.subsequent)}</p>
      )}
      {changed.map((o) => (
        <OverrideNote key={o.fieldPath} override={o} />
      ))}
      <UnverifiedMarks entries={unverifiedWithin(drug, prefix)} />
    </li>
  );
}

function Doses({ drug, overrides }: { drug: Drug; overrides: readonly EffectiveOverride[] }) {
  const { t } = useTranslation();
  return (
    <Fact label={t('library.fact.doses')} unverified={unverifiedAt(drug, 'doseOptions')}>
      <ul className="lib-items">
        {drug.doseOptions.map((option, index) => (
          <DoseOptionRow key={option.id} drug={drug} option={option} index={index} overrides={overrides} />
        ))}
      </ul>
    </Fact>
  );
}

function ListFact({
  label,
  items,
  record,
  path,
}: {
  label: string;
  /** Library texts, each in the screen's language where fr.json has it. */
  items: readonly string[];
  record: Drug;
  path: string;
}) {
  return (
    <Fact label={label} unverified={unverifiedAt(record, path)}>
      <ul className="lib-bullets">
        {items.map((item, index) => (
          <li key={`${index}-${item}`}>
            <ClinicalText text={item} />
            <UnverifiedMarks entries={unverifiedWithin(record, `${path}.${index}`)} />
          </li>
        ))}
      </ul>
    </Fact>
  );
}

function Premedication({ drug }: { drug: Drug }) {
  const { t } = useTranslation();
  return (
    <Fact label={t('library.fact.premedication')} unverified={unverifiedWithin(drug, 'premedication')}>
      <p>
        <ClinicalText text={drug.premedication.statement} />
      </p>
      {drug.premedication.rules.length > 0 && (
        <ul className="lib-bullets">
          {drug.premedication.rules.map((rule) => (
            <li key={rule.text}>
              <ClinicalText text={rule.text} />
              {rule.appliesToDoses?.first !== undefined && (
                <> ({t('library.firstDoses', { count: rule.appliesToDoses.first })})</>
              )}
            </li>
          ))}
        </ul>
      )}
    </Fact>
  );
}

function PolicyValues({ overrides }: { overrides: readonly EffectiveOverride[] }) {
  const { t } = useTranslation();
  const policy = overrides.filter((o) => o.fieldPath.startsWith('centerPolicy.'));
  if (policy.length === 0) return null;
  return (
    <Fact label={t('library.fact.centerPolicy')} overrides={policy}>
      <p>{t('library.centerPolicyHelp')}</p>
    </Fact>
  );
}

export function DrugDetail({ data }: { data: DrugDetailData }) {
  const { t, i18n } = useTranslation();
  const minutes = useMinutesText();
  const { drug, overrides, regimens } = data;
  const infusionOverrides = ['infusionMinutes.first', 'infusionMinutes.subsequent'].map((p) =>
    overrideFor(overrides, p),
  );
  const leftOver = unverifiedLeftOver(drug, ANCHORS);
  return (
    <article className="lib-detail" aria-labelledby="lib-detail-title">
      <header className="lib-detail-header">
        <h2 id="lib-detail-title">
          {/* The nonproprietary name as published ("pembrolizumab and berahyaluronidase alfa-pmph"): English. */}
          <span lang="en">{titleCase(drug.genericName)}</span> ({drug.brandName})
        </h2>
        <p className="lib-detail-sub">
          <span className={`lib-route lib-route-${drug.route}`}>
            {drug.route === 'SC' ? t('library.routeSC') : t('library.routeIV')}
          </span>{' '}
          {drug.drugClass} · {drug.targets.join(', ')}
        </p>
        <VerificationBadge verification={drug.verification} count={drug.unverified.length} />
      </header>
      <LookAlikeWarning text={drug.lookAlikeWarning} />
      <UnverifiedMarks entries={unverifiedWithin(drug, 'lookAlikeWarning')} />
      <dl className="lib-facts">
        {drug.composition && (
          <Fact label={t('library.fact.composition')} unverified={unverifiedWithin(drug, 'composition')}>
            <ClinicalText text={drug.composition} />
          </Fact>
        )}
        <Doses drug={drug} overrides={overrides} />
        <Fact
          label={t('library.fact.infusionTime')}
          unverified={unverifiedWithin(drug, 'infusionMinutes')}
          overrides={infusionOverrides}
        >
          <p lang={i18n.language}>
            <strong>
              {minutes(
                drug.infusionMinutes.first,
                drug.infusionMinutes.subsequent,
                drug.infusionMinutes.subsequentCondition,
              )}
            </strong>
          </p>
          <p className="lib-label-text">
            “<ClinicalText text={drug.infusionMinutes.text} />”
          </p>
        </Fact>
        <Fact label={t('library.fact.filter')} unverified={unverifiedWithin(drug, 'inLineFilter')}>
          {drug.inLineFilter ? <ClinicalText text={drug.inLineFilter} /> : <em>{t('library.notStated')}</em>}
        </Fact>
        <Premedication drug={drug} />
        <PolicyValues overrides={overrides} />
        <Fact label={t('library.fact.monitoring')} unverified={unverifiedWithin(drug, 'monitoringLabs')}>
          <ClinicalText text={drug.monitoringLabs} />
        </Fact>
        <DrugPreparation drug={drug} />
        <ListFact label={t('library.fact.indications')} items={drug.indications} record={drug} path="indications" />
        {drug.administration.length > 0 && (
          <ListFact
            label={t('library.fact.administration')}
            items={drug.administration}
            record={drug}
            path="administration"
          />
        )}
        {drug.infusionReactionRule && (
          <Fact label={t('library.fact.reactionRule')} unverified={unverifiedWithin(drug, 'infusionReactionRule')}>
            <ClinicalText text={drug.infusionReactionRule} />
          </Fact>
        )}
        {drug.approval && (
          <Fact label={t('library.fact.approval')} unverified={unverifiedWithin(drug, 'approval')}>
            <ClinicalText text={drug.approval} />
          </Fact>
        )}
        {leftOver.length > 0 && (
          <Fact label={t('library.fact.otherUnverified')} unverified={leftOver}>
            {null}
          </Fact>
        )}
      </dl>
      {regimens.length > 0 && (
        <section className="lib-section" aria-labelledby="lib-drug-regimens">
          <h3 id="lib-drug-regimens">{t('library.regimensUsing')}</h3>
          <ul className="lib-links">
            {regimens.map((r) => (
              <li key={r.id}>
                <a href={libraryHref('regimen', r.id)}>
                  <RegimenName name={r.name} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Sources sources={drug.sources} />
    </article>
  );
}
