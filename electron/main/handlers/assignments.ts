import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createNurseBoardService } from '../services/schedule/nurse-board';
import { recordRead } from '../services/audit/read-audit';

type AssignmentChannel = Extract<keyof Handlers, `assignments:${string}`>;

export function assignmentHandlers(deps: CoreDeps): Pick<Handlers, AssignmentChannel> {
  const board = createNurseBoardService(deps);
  return {
    // The board names every patient of the day: reading it is audited like the day view.
    'assignments:board': async (input, ctx) => {
      const read = await board.board(input.date);
      const detail = { visits: read.visits.length };
      await recordRead(deps, ctx, { objectType: 'schedule', objectId: input.date, view: 'nurse-board', detail });
      return read;
    },
    'assignments:save': (input, ctx) => board.save(input.date, input.assignments, ctx),
  };
}
