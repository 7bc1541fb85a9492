import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { forbidden } from '../core/errors';
import { entryKindAndStatus } from '../repositories/chart';
import { createChartService } from '../services/chart/chart';
import { chartKindOf } from '../services/chart/chart-kinds';
import { createChartReader } from '../services/chart/chart-read';

type ChartChannels = 'chart:save-draft' | 'chart:sign' | 'chart:correct' | 'chart:history' | 'chart:list';

/** Refuses kinds whose visit rules only their own channels (charting:*) enforce. */
function assertGenericAllowed(kind: string | undefined): void {
  if (kind === undefined) return;
  if (chartKindOf(kind).ownChannelsOnly) {
    throw forbidden(
      'kind-charted-elsewhere',
      `Entries of kind ${kind} are written from the chairside screens (charting channels) only.`,
    );
  }
}

export function chartHandlers(deps: CoreDeps): Pick<Handlers, ChartChannels> {
  const chart = createChartService(deps);
  const reader = createChartReader(deps);
  // A signed entry answers `conflict` from the chart service whatever its kind: only drafts and new entries
  // are checked here.
  const entry = (id: string) => entryKindAndStatus(deps.store.db, id);
  const guard = async (id: string | undefined, kind: string | undefined) => {
    const found = id ? await entry(id) : undefined;
    if (found?.status === 'signed') return;
    assertGenericAllowed(found?.kind ?? kind);
  };
  return {
    'chart:save-draft': async (input, ctx) => {
      await guard(input.id, input.kind);
      return chart.saveDraft(input, ctx);
    },
    'chart:sign': async (input, ctx) => {
      await guard(input.id, undefined);
      return chart.sign(input, ctx);
    },
    'chart:correct': async (input, ctx) => {
      // Corrections of clinical kinds go through charting:correct, which re-applies their rules.
      assertGenericAllowed((await entry(input.id))?.kind);
      return chart.correct(input, ctx);
    },
    'chart:history': ({ id }, ctx) => reader.history(id, ctx),
    'chart:list': (input, ctx) => reader.list(input, ctx),
  };
}
