import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createChartService } from '../services/chart';
import { createChartReader } from '../services/chart-read';

type ChartChannels = 'chart:save-draft' | 'chart:sign' | 'chart:correct' | 'chart:history' | 'chart:list';

export function chartHandlers(deps: CoreDeps): Pick<Handlers, ChartChannels> {
  const chart = createChartService(deps);
  const reader = createChartReader(deps);
  return {
    'chart:save-draft': (input, ctx) => chart.saveDraft(input, ctx),
    'chart:sign': (input, ctx) => chart.sign(input, ctx),
    'chart:correct': (input, ctx) => chart.correct(input, ctx),
    'chart:history': ({ id }, ctx) => reader.history(id, ctx),
    'chart:list': (input, ctx) => reader.list(input, ctx),
  };
}
