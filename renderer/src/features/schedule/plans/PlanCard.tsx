import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcIssue } from '../../../../../shared/ipc/result';
import { ApiError, useMutation, useQuery } from '../../../app/api';
import { issueText } from '../../../components/refusal-text';
import { useSession } from '../../auth';
import { OrdersSection } from './orders/OrdersSection';
import { PlanActions } from './PlanActions';
import { PlanDoses } from './PlanDoses';
import { PlanHistory } from './PlanHistory';
import { PlanWarnings } from './PlanWarnings';
import { PLAN_READS } from './plan-reads';
import { tDynamic } from '../../../i18n';
import { reasonText } from '../../../lib/reason-text';
import { planEndText } from './plan-words';
import { formatMeasure } from '../../../lib/numbers';
import { RegimenName } from '../../../lib/clinicalText';

type Result = { kind: 'ok' | 'error'; text: string; issues: IpcIssue[] } | null;

/** One plan: what it was made from, what to check, its orders, hold/resume/discontinue and booking. */
export function PlanCard({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const role = useSession().status.user?.role ?? null;
  const plan = useQuery('plans:get', { planId });
  const orders = useQuery('orders:list-for-plan', { planId });
  const history = useQuery('plans:history', { planId });
  const [result, setResult] = useState<Result>(null);
  // The plan, its orders, its history and the patient's plan list ask again through the changes' own
  // `invalidates` (useMutation): here only the message is said.
  const done = (message: string) => setResult({ kind: 'ok', text: message, issues: [] });
  const booking = useMutation('schedule:book-plan', { invalidates: PLAN_READS });

  async function book() {
    try {
      const booked = await booking.run({ planId });
      setResult({ kind: 'ok', text: t('schedule.plans.booked', { count: booked.booked.length }), issues: [] });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setResult({
        kind: 'error',
        text: t('schedule.plans.bookFailed'),
        issues: error.error.issues.length ? error.error.issues : [{ path: '', message: error.message }],
      });
    }
  }

  if (!plan.data) return <p>{plan.error ? plan.error.message : t('app.loading')}</p>;
  const p = plan.data;
  // A CAR T plan offers the button even without library times: its chair minutes are the center's protocol.
  const unbooked = p.doses.some(
    (d) => d.appointment === null && d.heldAppointment === null && (d.infusionMinutes !== null || p.kind === 'car-t'),
  );
  return (
    <article className="plan-card" aria-labelledby={`plan-${p.id}`} data-testid="plan-card">
      <h3 id={`plan-${p.id}`}>
        <RegimenName name={p.regimenName} />
      </h3>
      <p className={`muted plan-status plan-status-${p.status}`} data-testid="plan-status">
        {t('schedule.plans.status', { status: t(`schedule.plans.planStatus.${p.status}`) })}
        {p.statusReason && p.status !== 'active' && <> — {reasonText(p.statusReason, p.statusReasonCoded)}</>} ·{' '}
        {t('schedule.plans.library', { version: p.libraryVersion })}
        {p.weightKgUsed !== null && ` · ${formatMeasure(p.weightKgUsed, i18n.language)} kg`}
      </p>
      {p.end && (
        <p className="status status-ok" data-testid="plan-end">
          <span aria-hidden="true">■ </span>
          {planEndText(p.end, p.doses.length)}
        </p>
      )}
      <PlanWarnings warnings={p.warnings} />
      <div className="screen-actions">
        {p.status === 'active' && unbooked && (
          <button type="button" className="button button-primary" onClick={() => void book()}>
            {t('schedule.plans.book')}
          </button>
        )}
        <PlanActions plan={p} role={role} onDone={done} />
      </div>
      <ResultLine result={result} />
      {history.data && <PlanHistory events={history.data} />}
      {orders.data && <OrdersSection plan={p} orders={orders.data} role={role} onChanged={done} />}
      <PlanDoses plan={p} releases={orders.data?.releases ?? []} />
    </article>
  );
}

function ResultLine({ result }: { result: Result }) {
  if (!result) return null;
  return (
    <div
      role={result.kind === 'ok' ? 'status' : 'alert'}
      className={`status status-${result.kind}`}
      data-testid="book-result"
    >
      <span aria-hidden="true">{result.kind === 'ok' ? '✓ ' : '⚠ '}</span>
      {result.text}
      {result.issues.length > 0 && (
        <ul>
          {result.issues.map((i) => (
            <li key={i.path + i.message}>{bookIssueText(i)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A booking refusal's line in the reader's language, naming the CAR T protocol setting still missing. */
function bookIssueText(issue: IpcIssue): string {
  const setting = issue.params?.setting;
  if (issue.code === 'car-t-setting-missing' && typeof setting === 'string') {
    return tDynamic(`schedule.plans.carTSetting.${setting}`, issue.message, { product: issue.params?.product ?? '' });
  }
  return issueText(issue);
}
