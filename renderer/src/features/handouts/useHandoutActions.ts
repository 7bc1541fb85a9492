import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcInput } from '../../../../shared/ipc/contract';
import { ApiError, call, useMutation } from '../../app/api';
import { renderPdfPages, type PageImage } from './pdf-pages';

export type HandoutJobInput = IpcInput<'handouts:preview'>;

export type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'ok'; text: string }
  | { kind: 'warn'; text: string }
  | { kind: 'error'; text: string };

export interface Preview {
  pages: PageImage[];
  pageCount: number;
}

const pdfBytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** A printed or saved handout is charted as education given: the patient's education lines ask again. */
const RECORDED_READS = ['handouts:education-given'] as const;

/** Preview, print and save for one job. The preview is dropped when the job changes (it would show the old options). */
export function useHandoutActions(job: HandoutJobInput) {
  const { t } = useTranslation();
  const printing = useMutation('handouts:print', { invalidates: RECORDED_READS });
  const saving = useMutation('handouts:save', { invalidates: RECORDED_READS });
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [preview, setPreview] = useState<Preview | null>(null);
  const jobKey = JSON.stringify(job);

  useEffect(() => {
    setPreview(null);
    setOutcome({ kind: 'idle' });
  }, [jobKey]);

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
      setPreview({ pages: await renderPdfPages(pdfBytes(result.pdfBase64)), pageCount: result.pageCount });
      return { kind: 'ok', text: t('handouts.ready', { count: result.pageCount }) };
    });

  const print = () =>
    run(async () => {
      const result = await printing.run(job);
      if (!result.printed) return { kind: 'warn', text: t('handouts.printCancelled') };
      return { kind: 'ok', text: t('handouts.printed') };
    });

  const save = () =>
    run(async () => {
      const result = await saving.run(job);
      if (!result.saved) return { kind: 'warn', text: t('handouts.saveCancelled') };
      return { kind: 'ok', text: t('handouts.saved', { file: result.fileName ?? '' }) };
    });

  return { outcome, preview, showPreview, print, save };
}
