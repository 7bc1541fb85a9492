import { useCallback, useState } from 'react';
import type { IpcInput } from '../../../../../shared/ipc/contract';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting-visit';
import { ApiError, useMutation } from '../../../app/api';
import { issueText } from '../../../components/refusal-text';
import { CHART_READS } from '../chart-reads';
import { newRequestId } from '../clock';

type ActionInput = Omit<IpcInput<'charting:infusion'>, 'appointmentId' | 'drugId' | 'clientRequestId'>;

/**
 * Charts one infusion event for a drug of the visit (main checks the state, the time, the double check); the
 * visit and every chart read ask again (CHART_READS). `onDone` resets the caller's own inputs once charted; a
 * refusal is kept to show beside the buttons.
 */
export function useInfusionAction(context: VisitContext, drugId: string, onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const infusion = useMutation('charting:infusion', { invalidates: CHART_READS });
  const { run: send } = infusion;
  const run = useCallback(
    async (input: ActionInput): Promise<boolean> => {
      try {
        await send({
          appointmentId: context.appointment.id,
          drugId,
          clientRequestId: newRequestId(),
          ...input,
        });
        setError(null);
        onDone();
        return true;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        setError(e.error.issues[0] ? issueText(e.error.issues[0]) : e.message);
        return false;
      }
    },
    [context.appointment.id, drugId, onDone, send],
  );
  return { run, error, busy: infusion.pending, clearError: () => setError(null) };
}
