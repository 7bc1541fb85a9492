import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createHandoutService } from '../services/handouts/handouts';

type HandoutChannels =
  'handouts:suggest' | 'handouts:preview' | 'handouts:print' | 'handouts:save' | 'handouts:education-given';

export function handoutsHandlers(deps: CoreDeps): Pick<Handlers, HandoutChannels> {
  const handouts = createHandoutService(deps);
  return {
    'handouts:suggest': ({ patientId }) => handouts.suggest(patientId),
    'handouts:preview': (input) => handouts.preview(input),
    'handouts:print': (input, ctx) => handouts.print(input, ctx),
    'handouts:save': (input, ctx) => handouts.save(input, ctx),
    'handouts:education-given': ({ patientId, limit }, ctx) => handouts.educationGiven(patientId, limit, ctx),
  };
}
