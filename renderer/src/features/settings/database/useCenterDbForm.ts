import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterDbTestResult } from '../../../../../shared/ipc/contract/center-db';
import { ApiError, call } from '../../../app/api';
import { issuesByField } from '../../../components/Field';

export interface CenterDbDraft {
  url: string;
  password: string;
  centerKey: string;
}
type Message = { kind: 'ok' | 'error'; text: string } | null;
type Busy = 'test' | 'save' | 'local' | null;

const EMPTY: CenterDbDraft = { url: '', password: '', centerKey: '' };
const sameValues = (a: CenterDbDraft, b: CenterDbDraft) =>
  a.url === b.url && a.password === b.password && a.centerKey === b.centerKey;
const failureText = (error: unknown) => (error instanceof ApiError ? error.message : String(error));

/**
 * The form's state and its three actions. Save is possible only while the last passing test was of the values
 * still typed (any change asks for a new test); what was typed stays after a failure, and the password and
 * key are cleared once saved.
 */
export function useCenterDbForm(savedUrl: string | null, onSaved: () => void) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CenterDbDraft>({ ...EMPTY, url: savedUrl ?? '' });
  const [tested, setTested] = useState<{ values: CenterDbDraft; result: CenterDbTestResult } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const passed = tested !== null && sameValues(tested.values, draft) && tested.result.ok && tested.result.usable;

  async function run(kind: Busy, work: () => Promise<void>) {
    setBusy(kind);
    setMessage(null);
    try {
      await work();
      setErrors({});
    } catch (error) {
      setErrors(error instanceof ApiError ? issuesByField(error.error.issues) : {});
      setMessage({ kind: 'error', text: failureText(error) });
    } finally {
      setBusy(null);
    }
  }
  const values = { ...draft };
  const test = (event: FormEvent) => {
    event.preventDefault();
    void run('test', async () => setTested({ values, result: await call('center-db:test', values) }));
  };
  const save = () =>
    run('save', async () => {
      const saved = await call('center-db:save', values);
      if (!saved.saved) return setTested({ values, result: saved.test });
      setDraft({ ...EMPTY, url: values.url });
      setTested(null);
      setMessage({ kind: 'ok', text: t('centerDb.savedDone', { label: saved.label }) });
      onSaved();
    });
  const backToOwnFile = () =>
    run('local', async () => {
      const { cleared } = await call('center-db:use-local', {});
      setMessage({ kind: 'ok', text: t(cleared ? 'centerDb.localDone' : 'centerDb.localNothing') });
      onSaved();
    });
  return { draft, setDraft, tested, errors, message, busy, passed, test, save, backToOwnFile };
}
