import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcInput } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../app/api';

export type HandoutJobInput = IpcInput<'handouts:preview'>;

export type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ok'; text: string }
  | { kind: 'warn'; text: string }
  | { kind: 'error'; text: string };

export interface Preview {
  url: string;
  pageCount: number;
}

/** base64 → a blob: URL the preview frame can show (the CSP allows blob: frames). */
function pdfUrl(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/**
 * Preview, print and save for one job. The preview's blob URL is revoked when it is replaced, when the job
 * changes (it would show the old options) and when the screen closes.
 */
export function useHandoutActions(job: HandoutJobInput, onRecorded: () => void) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [preview, setPreviewState] = useState<Preview | null>(null);
  const current = useRef<string | null>(null);
  const jobKey = JSON.stringify(job);

  const setPreview = useCallback((next: Preview | null) => {
    if (current.current) URL.revokeObjectURL(current.current);
    current.current = next?.url ?? null;
    setPreviewState(next);
  }, []);

  useEffect(() => {
    setPreview(null);
    setOutcome({ kind: 'idle' });
  }, [jobKey, setPreview]);
  useEffect(() => () => setPreview(null), [setPreview]);

  async function run(action: () => Promise<Outcome>) {
    setOutcome({ kind: 'working' });
    try {
      setOutcome(await action());
    } catch (error) {
      const message = error instanceof ApiError ? error.message : String(error);
      setOutcome({ kind: 'error', text: t('handouts.failed', { message }) });
    }
  }

  const showPreview = () =>
    run(async () => {
      const result = await call('handouts:preview', job);
      setPreview({ url: pdfUrl(result.pdfBase64), pageCount: result.pageCount });
      return { kind: 'ok', text: t('handouts.ready', { count: result.pageCount }) };
    });

  const print = () =>
    run(async () => {
      const result = await call('handouts:print', job);
      if (!result.printed) return { kind: 'warn', text: t('handouts.printCancelled') };
      onRecorded();
      return { kind: 'ok', text: t('handouts.printed') };
    });

  const save = () =>
    run(async () => {
      const result = await call('handouts:save', job);
      if (!result.saved) return { kind: 'warn', text: t('handouts.saveCancelled') };
      onRecorded();
      return { kind: 'ok', text: t('handouts.saved', { file: result.fileName ?? '' }) };
    });

  return { outcome, preview, showPreview, print, save };
}
