import { useState } from 'react';
import { ApiError, useMutation } from '../../app/api';
import type { ExportResult } from '../../../../shared/ipc/contract/reports';
import { fill, type ReportWords } from '../../../../shared/reports/words';

/** A button that saves a file through main's save dialog and says what happened, in words. */
export function SaveAction({ label, run, w }: { label: string; run: () => Promise<ExportResult>; w: ReportWords }) {
  const saving = useMutation(run);
  const busy = saving.pending;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  async function onClick() {
    setMessage(null);
    try {
      const result = await saving.run(undefined);
      setMessage({
        text: result.done ? fill(w.saved, { file: result.fileName ?? '', rows: result.rows }) : w.cancelled,
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
