import { useCallback, useState } from 'react';
import type { IpcInput } from '../../../../../shared/ipc/contract';
import type { VisitContext } from '../../../../../shared/ipc/contract/charting-visit';
import { ApiError, useMutation } from '../../../app/api';
import { issueText } from '../../../components/refusal-text';
import { newRequestId } from '../clock';

type ActionInput = Omit<IpcInput<'charting:infusion'>, 'appointmentId' | 'drugId' | 'clientRequestId'>;

/**
 * Charts one infusion event for a drug of the visit (main checks the state, the time, the double check)
 * and hands back the visit as main now sees it. A refusal is kept to show beside the buttons.
 */
export function useInfusionAction(context: VisitContext, drugId: string, onChanged: () => void) {
  const [error, setError] = useState<string | null>(null);
  const infusion = useMutation('charting:infusion', { invalidates: ['charting:visit', 'charting:worklist'] });
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
        onChanged();
        return true;
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        setError(e.error.issues[0] ? issueText(e.error.issues[0]) : e.message);
        return false;
      }
    },
    [context.appointment.id, drugId, onChanged, send],
  );
  return { run, error, busy: infusion.pending, clearError: () => setError(null) };
}
