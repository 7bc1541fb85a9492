import { useTranslation } from 'react-i18next';
import { IRAE_GUIDANCE, IRAE_RECHALLENGE } from '../../../../../shared/charting/guidance';
import { ATTRIBUTIONS, IRAE_ACTIONS, type IraePayload } from '../../../../../shared/charting/kinds-irae';
import type { ChartEntry } from '../../../../../shared/ipc/contract/chart';
import { useQuery } from '../../../app/api';
import { Field } from '../../../components/Field';
import { EntryFooter } from '../EntryFooter';
import { Check, ErrorLine, TextField } from '../parts';
import { GradeDefinitions } from '../reaction/GradeDefinitions';
import { useEntry } from '../useEntry';
import { formatDay } from '../../../lib/dates';
import { OrganGuidance } from '../../labs';
import { CtcaeSearch } from './CtcaeSearch';
import { withColon } from '../../../i18n/colon';
import { RegimenName } from '../../../lib/clinicalText';

interface FormProps {
  patientId: string;
  appointmentId: string | null;
  entry: ChartEntry | null;
  planId: string | null;
  today: string;
}

const emptyFor = (planId: string | null, today: string): IraePayload => ({
  meddraCode: '',
  term: '',
  grade: null,
  ctcaeVersion: '5.0',
  onsetDate: today,
  resolutionDate: null,
  attribution: null,
  actions: [],
  notes: '',
  planId,
});

function Guidance({ grade }: { grade: number | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  if (grade === null || grade > 4) return null;
  const g = IRAE_GUIDANCE[grade as 1 | 2 | 3 | 4];
  return (
    <aside className="cs-guidance" data-testid="guidance">
      <h4>{t('chairside.irae.guidance')}</h4>
      <p>{g.text[lang]}</p>
      <p>{IRAE_RECHALLENGE.text[lang]}</p>
      <p className="field-help">
        {withColon(t('chairside.source'))} {g.source}
      </p>
    </aside>
  );
}

/** One side effect: the CTCAE term, its grade with the definitions on screen, dates, attribution, action. */
export function IraeForm({ patientId, appointmentId, entry, planId, today }: FormProps) {
  const { t, i18n } = useTranslation();
  const handle = useEntry<IraePayload>({
    kind: 'irae',
    patientId,
    appointmentId,
    initial: entry,
    empty: emptyFor(planId, today),
    // The timeline and the list above the form show drafts too.
    draftShownIn: ['charting:irae-timeline', 'chart:list'],
  });
  const { payload: p, update, issues, readOnly } = handle;
  const detail = useQuery('library:get-ctcae-term', { meddraCode: p.meddraCode }, { enabled: Boolean(p.meddraCode) });
  const plans = useQuery('plans:list-for-patient', { patientId });
  const toggle = (action: IraePayload['actions'][number], on: boolean) => {
    const rest = p.actions.filter((a) => a !== action && (action === 'none' ? false : a !== 'none'));
    update({ actions: on ? [...rest, action] : rest });
  };
  return (
    <form className="cs-form" onSubmit={(event) => event.preventDefault()}>
      {!readOnly && <CtcaeSearch onPick={(term) => update({ ...term, grade: null })} />}
      {issues.meddraCode && <ErrorLine message={issues.meddraCode} />}
      {p.meddraCode && detail.data && detail.data.term.meddraCode === p.meddraCode && (
        <>
          <p className="cs-term" data-testid="chosen-term">
            <strong>{p.term}</strong> — {detail.data.term.soc} · MedDRA {p.meddraCode} · CTCAE v
            {detail.data.ctcaeVersion}
          </p>
          {detail.data.term.definition && <p className="field-help">{detail.data.term.definition}</p>}
          <GradeDefinitions
            detail={detail.data}
            value={p.grade}
            readOnly={readOnly}
            error={issues.grade}
            onChange={(grade) => update({ grade })}
          />
          <Guidance grade={p.grade} />
          <OrganGuidance
            meddraCode={p.meddraCode}
            grade={p.grade}
            planId={p.planId}
            canOfferHold={!readOnly && !p.actions.includes('hold') && !p.actions.includes('discontinue')}
            onHold={() => toggle('hold', true)}
          />
        </>
      )}
      <div className="cs-grid">
        <TextField
          label={t('chairside.irae.onset')}
          help="YYYY-MM-DD"
          value={p.onsetDate ?? ''}
          readOnly={readOnly}
          error={issues.onsetDate}
          onChange={(v) => update({ onsetDate: v || null })}
        />
        <TextField
          label={t('chairside.irae.resolution')}
          help="YYYY-MM-DD"
          value={p.resolutionDate ?? ''}
          readOnly={readOnly}
          error={issues.resolutionDate}
          onChange={(v) => update({ resolutionDate: v || null })}
        />
        <Field label={t('chairside.irae.attribution')} error={issues.attribution}>
          <select
            value={p.attribution ?? ''}
            disabled={readOnly}
            onChange={(e) => update({ attribution: (e.target.value || null) as IraePayload['attribution'] })}
          >
            <option value="">—</option>
            {ATTRIBUTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`chairside.irae.attributions.${a}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('chairside.irae.plan')}>
          <select
            value={p.planId ?? ''}
            disabled={readOnly}
            onChange={(e) => update({ planId: e.target.value || null })}
          >
            <option value="">{t('chairside.irae.noPlan')}</option>
            {(plans.data ?? []).map((plan) => (
              <option key={plan.id} value={plan.id}>
                <RegimenName name={plan.regimenName} /> ({formatDay(plan.startDate, i18n.language)})
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className={issues.actions ? 'field-invalid' : undefined}>
        <legend>{t('chairside.irae.action')}</legend>
        {IRAE_ACTIONS.map((a) => (
          <Check
            key={a}
            label={t(`chairside.irae.actions.${a}`)}
            checked={p.actions.includes(a)}
            readOnly={readOnly}
            onChange={(on) => toggle(a, on)}
          />
        ))}
        {issues.actions && <p className="field-error">⚠ {issues.actions}</p>}
      </fieldset>
      <Field label={t('chairside.irae.notes')}>
        <textarea value={p.notes} readOnly={readOnly} onChange={(e) => update({ notes: e.target.value })} />
      </Field>
      <EntryFooter handle={handle} signLabel={t('chairside.irae.sign')} />
    </form>
  );
}
