import type { CoreDeps } from '../core/deps';
import type { Handlers } from '../core/router';
import { createCheckIn } from '../services/charting/check-in';
import { createInfusionActions } from '../services/charting/infusion-actions';
import { createVisitActions } from '../services/charting/visit-actions';
import { registerChartingKinds, useCtcaeLibrary } from '../services/charting/kinds';
import { auditChartRead } from '../services/charting/read-audit';
import { createChartingService } from '../services/charting/service';
import { readThresholds, saveThresholds } from '../services/charting/thresholds';
import { createChartingViews } from '../services/charting/views';
import { visitContext } from '../services/charting/visit';
import { chairsideWorklist } from '../services/charting/worklist';

type ChartingChannel = Extract<keyof Handlers, `charting:${string}`>;

export function chartingHandlers(deps: CoreDeps): Pick<Handlers, ChartingChannel> {
  useCtcaeLibrary(deps.library);
  registerChartingKinds();
  const charting = createChartingService(deps);
  const checkIn = createCheckIn(deps, charting.chart, charting.hooks);
  const infusion = createInfusionActions(deps);
  const visitActions = createVisitActions(deps);
  const views = createChartingViews(deps);
  return {
    'charting:worklist': (input, ctx) => chairsideWorklist(deps, input.date, ctx.userId),
    'charting:context': async (input, ctx) => {
      const context = await visitContext(deps, input.appointmentId);
      await auditChartRead(deps, ctx, context.patientId, { view: 'visit', appointmentId: input.appointmentId });
      return context;
    },
    'charting:check-in': (input, ctx) => checkIn.checkIn(input, ctx),
    'charting:infusion': async (input, ctx) => {
      await infusion.record(input, ctx);
      return visitContext(deps, input.appointmentId);
    },
    'charting:visit': async (input, ctx) => {
      await visitActions.record(input, ctx);
      return visitContext(deps, input.appointmentId);
    },
    'charting:save-draft': (input, ctx) => deps.drafts.save(input, ctx),
    'charting:draft-outbox': (_input, ctx) => deps.drafts.status(ctx.userId),
    'charting:sign': (input, ctx) => charting.sign(input, ctx),
    'charting:correct': (input, ctx) => charting.correct(input, ctx),
    'charting:search-ctcae': (input) => views.ctcaeSearch(input.query, input.limit),
    'charting:irae-timeline': async (input, ctx) => {
      await auditChartRead(deps, ctx, input.patientId, { view: 'irae-timeline' });
      return views.iraeTimeline(input.patientId);
    },
    'charting:car-t': async (input, ctx) => {
      await auditChartRead(deps, ctx, input.patientId, { view: 'car-t' });
      return views.carT(input.patientId);
    },
    'charting:alerts': (input) => views.alerts(input.patientId),
    'charting:thresholds': () => readThresholds(deps.store.db),
    'charting:save-thresholds': (input, ctx) => saveThresholds(deps, input.thresholds, ctx),
  };
}
