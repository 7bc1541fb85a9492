import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CenterDbTestResult } from '../../../../../shared/ipc/contract/center-db';
import { ApiError, useMutation } from '../../../app/api';
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
 * key are cleared once saved. Each action is a mutation (its pending state is the form's "busy"); saving and going
 * back to the workstation's own file invalidate the status shown above the form.
 */
export function useCenterDbForm(savedUrl: string | null) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CenterDbDraft>({ ...EMPTY, url: savedUrl ?? '' });
  const [tested, setTested] = useState<{ values: CenterDbDraft; result: CenterDbTestResult } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<Message>(null);
  const testing = useMutation('center-db:test');
  const saving = useMutation('center-db:save', { invalidates: ['center-db:status'] });
  const local = useMutation('center-db:use-local', { invalidates: ['center-db:status'] });
  const busy: Busy = testing.pending ? 'test' : saving.pending ? 'save' : local.pending ? 'local' : null;
  const passed = tested !== null && sameValues(tested.values, draft) && tested.result.ok && tested.result.usable;

  async function run(work: () => Promise<void>) {
    setMessage(null);
    try {
      await work();
      setErrors({});
    } catch (error) {
      setErrors(error instanceof ApiError ? issuesByField(error.error.issues) : {});
      setMessage({ kind: 'error', text: failureText(error) });
    }
  }
  const values = { ...draft };
  const test = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setTested({ values, result: await testing.run(values) }));
  };
  const save = () =>
    run(async () => {
      const saved = await saving.run(values);
      if (!saved.saved) return setTested({ values, result: saved.test });
      setDraft({ ...EMPTY, url: values.url });
      setTested(null);
      setMessage({ kind: 'ok', text: t('centerDb.savedDone', { label: saved.label }) });
    });
  const backToOwnFile = () =>
    run(async () => {
      const { cleared } = await local.run({});
      setMessage({ kind: 'ok', text: t(cleared ? 'centerDb.localDone' : 'centerDb.localNothing') });
    });
  return { draft, setDraft, tested, errors, message, busy, passed, test, save, backToOwnFile };
}
