import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, useMutation } from '../../app/api';
import type { ExportResult } from '../../../../shared/ipc/contract/reports';

/** A button that saves a file through main's save dialog and says what happened, in words. */
export function SaveAction(props: {
  label: string;
  run: () => Promise<ExportResult>;
  /** What a saved file is counted in: table rows, or FHIR resources. */
  counts?: 'rows' | 'resources';
}) {
  const { label, run } = props;
  const { t } = useTranslation();
  const saving = useMutation(run);
  const busy = saving.pending;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  async function onClick() {
    setMessage(null);
    try {
      const result = await saving.run(undefined);
      setMessage({
        text: result.done
          ? t(props.counts === 'resources' ? 'reports.fhir.saved' : 'reports.saved', {
              file: result.fileName ?? '',
              rows: result.rows,
            })
          : t('reports.cancelled'),
        error: false,
      });
    } catch (error) {
      setMessage({ text: error instanceof ApiError ? error.message : String(error), error: true });
    }
  }
  return (
    <span className="report-save">
      <button type="button" onClick={() => void onClick()} disabled={busy}>
        {label}
      </button>
      {message && (
        <span role={message.error ? 'alert' : 'status'} className={message.error ? 'status status-error' : 'status'}>
          {message.text}
        </span>
      )}
    </span>
  );
}
