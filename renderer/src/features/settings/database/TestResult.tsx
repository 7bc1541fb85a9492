import { useTranslation } from 'react-i18next';
import type { CenterDbTestResult } from '../../../../../shared/ipc/contract/center-db';

type Passed = Extract<CenterDbTestResult, { ok: true }>;
type Tone = 'ok' | 'warn' | 'error';
const ICON: Record<Tone, string> = { ok: '✓', warn: '⚠', error: '✕' };

/** One line of the result: colour, icon and words, never colour alone. */
function Line({ tone, text, testId }: { tone: Tone; text: string; testId?: string }) {
  return (
    <li className={`status status-${tone}`} data-testid={testId}>
      <span aria-hidden="true">{ICON[tone]}</span> {text}
    </li>
  );
}

function PassedLines({ result }: { result: Passed }) {
  const { t } = useTranslation();
  const { state, pending, command } = result.schema;
  const schemaText =
    state === 'older'
      ? t('centerDb.result.schema.older', { count: pending, command })
      : t(`centerDb.result.schema.${state}`, { command });
  const keyTone: Tone = result.centerKey === 'matches' ? 'ok' : result.centerKey === 'not-given' ? 'warn' : 'error';
  return (
    <>
      <Line tone="ok" text={t('centerDb.result.connected', { label: result.label })} />
      <Line tone={state === 'current' ? 'ok' : 'error'} text={schemaText} />
      <Line tone={keyTone} text={t(`centerDb.result.key.${result.centerKey}`)} />
      {result.usable && <Line tone="ok" text={t('centerDb.result.ready')} testId="center-db-ready" />}
    </>
  );
}

/** What the connection test found, in the reader's language: what failed is named in words IT can act on. */
export function TestResult({ result }: { result: CenterDbTestResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="center-db-result-title" className="center-db-result" data-testid="center-db-result">
      <h3 id="center-db-result-title">{t('centerDb.result.title')}</h3>
      <ul role="status">
        {result.ok ? (
          <PassedLines result={result} />
        ) : (
          <Line tone="error" text={t(`centerDb.result.failed.${result.reason}`, result.params)} />
        )}
      </ul>
    </section>
  );
}
