import * as Plot from '@observablehq/plot';
import { formatMinutes } from '../center/calendar';
import type { ReportSection, ReportSummary } from '../ipc/contract/reports';
import { bucketLabel, educationGroups } from './tables';
import { weekdayName, type ReportText } from './text';

// The report's plots as Observable Plot options: the renderer draws them with the page's document, main
// with a server-side one for the PDF, so screen and paper show the same SVG. Colours: the Okabe–Ito palette
// (Okabe & Ito, "Color Universal Design", 2008), distinguishable with the common colour-vision deficiencies,
// and the cividis scale (Nuñez et al., PLoS ONE 2018) for the heat map; every series also differs by shape
// or position, and each plot carries a text alternative (aria-label and description) plus its table.

export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

export type PlotOptions = Plot.PlotOptions;

export interface SectionView {
  summary: string;
  plots: PlotOptions[];
}

const base = (label: string, summary: string): Partial<PlotOptions> => ({
  ariaLabel: label,
  ariaDescription: summary,
  width: 560,
  height: 260,
  marginLeft: 56,
  style: { fontSize: '11px', background: 'white', color: 'black' },
});

const hourLabel = (h: number) => formatMinutes(h * 60);

/** A count axis with whole-number ticks only (no "0.2 reactions"). */
function countAxis(label: string, max: number) {
  return { label, grid: true, ticks: Math.max(1, Math.min(max, 5)), tickFormat: 'd' };
}
const minutes = (w: ReportText, v: number | null) =>
  v === null ? w.t('notRecorded') : w.t('waiting.minutesValue', { value: v });

function utilisation(s: ReportSummary, w: ReportText): SectionView {
  const u = s.utilisation;
  const summary = w.t('utilisation.summary', {
    chairs: w.t('utilisation.chairs', { count: u.activeChairs }),
    days: w.t('utilisation.days', { count: u.openDays }),
    booked: w.t('utilisation.booked', { count: u.bookedVisits }),
    occupied: w.t('utilisation.occupied', { count: u.occupiedVisits }),
  });
  const cells = u.cells
    .filter((c) => c.openChairHours > 0)
    .map((c) => ({
      weekday: weekdayName(w, c.weekday),
      hour: hourLabel(c.hour),
      booked: Math.round((c.bookedChairHours / c.openChairHours) * 100),
    }));
  const byHour = new Map<number, { open: number; booked: number; occupied: number }>();
  for (const c of u.cells) {
    const h = byHour.get(c.hour) ?? { open: 0, booked: 0, occupied: 0 };
    h.open += c.openChairHours;
    h.booked += c.bookedChairHours;
    h.occupied += c.occupiedChairHours ?? 0;
    byHour.set(c.hour, h);
  }
  const lines = [...byHour.entries()]
    .filter(([, h]) => h.open > 0)
    .flatMap(([hour, h]) => [
      { hour, series: w.t('utilisation.bookedPct'), value: Math.round((h.booked / h.open) * 100) },
      ...(u.occupiedVisits > 0
        ? [{ hour, series: w.t('utilisation.occupiedPct'), value: Math.round((h.occupied / h.open) * 100) }]
        : []),
    ]);
  const weekdayOrder = [1, 2, 3, 4, 5, 6, 0].map((d) => weekdayName(w, d));
  const weekdays = weekdayOrder.filter((d) => cells.some((c) => c.weekday === d));
  const heat: PlotOptions = {
    ...base(w.t('utilisation.heatLabel'), summary),
    height: 70 + 28 * weekdays.length,
    marginLeft: 80,
    marginBottom: 40,
    padding: 0.05,
    x: { label: w.t('utilisation.hour'), labelAnchor: 'right', labelOffset: 36 },
    y: { label: null, domain: weekdays },
    // Five steps, not a continuous ramp: a stepped legend is drawn as rectangles (no canvas in main) and
    // reads as plain bands (0–20 %, 20–40 %…).
    color: { type: 'quantize', n: 5, scheme: 'cividis', domain: [0, 100], legend: true, label: w.t('utilisation.bookedPct') },
    marks: [
      Plot.cell(cells, { x: 'hour', y: 'weekday', fill: 'booked' }),
      Plot.text(cells, { x: 'hour', y: 'weekday', text: (d: { booked: number }) => `${d.booked}`, fill: 'white' }),
    ],
  };
  const line: PlotOptions = {
    ...base(w.t('utilisation.lineLabel'), summary),
    x: { label: w.t('utilisation.hour'), tickFormat: hourLabel, ticks: [...new Set(lines.map((l) => l.hour))] },
    y: { label: '%', grid: true, domain: [0, 100] },
    color: { domain: [w.t('utilisation.bookedPct'), w.t('utilisation.occupiedPct')], range: OKABE_ITO, legend: true },
    symbol: { domain: [w.t('utilisation.bookedPct'), w.t('utilisation.occupiedPct')], range: ['circle', 'square'] },
    marks: [
      Plot.ruleY([0]),
      Plot.line(lines, { x: 'hour', y: 'value', stroke: 'series' }),
      Plot.dot(lines, { x: 'hour', y: 'value', stroke: 'series', symbol: 'series', fill: 'white' }),
    ],
  };
  return { summary, plots: cells.length ? [heat, line] : [] };
}

function staffing(s: ReportSummary, w: ReportText): SectionView {
  const t = s.staffing;
  const summary = w.t('staffing.summary', {
    ratio: w.t('staffing.ratio', { count: t.maxPatientsPerNurse }),
    starts: w.t('staffing.starts', { count: t.maxStartsPerNursePerSlot }),
    slot: w.t('staffing.slot', { count: t.slotMinutes }),
    ratioBreaches: t.ratioBreaches,
    staggerBreaches: t.staggerBreaches,
    unassigned: t.unassignedVisits,
  });
  const rows = t.hours.flatMap((h) => [
    { hour: h.hour, series: w.t('staffing.mean'), value: h.meanPatientsPerNurse },
    { hour: h.hour, series: w.t('staffing.max'), value: h.maxPatientsPerNurse },
  ]);
  const plot: PlotOptions = {
    ...base(w.t('staffing.label'), summary),
    x: { label: w.t('staffing.hour'), tickFormat: hourLabel, ticks: t.hours.map((h) => h.hour) },
    y: { label: w.t('staffing.mean'), grid: true, domain: [0, Math.max(t.maxPatientsPerNurse + 1, ...rows.map((r) => r.value))] },
    color: { domain: [w.t('staffing.mean'), w.t('staffing.max')], range: OKABE_ITO, legend: true },
    symbol: { domain: [w.t('staffing.mean'), w.t('staffing.max')], range: ['circle', 'triangle'] },
    marks: [
      Plot.ruleY([t.maxPatientsPerNurse], { stroke: '#D55E00', strokeDasharray: '6 3' }),
      Plot.text([t.maxPatientsPerNurse], { y: (d: number) => d, frameAnchor: 'right', dy: -6, text: () => w.t('staffing.limit') }),
      Plot.line(rows, { x: 'hour', y: 'value', stroke: 'series' }),
      Plot.dot(rows, { x: 'hour', y: 'value', stroke: 'series', symbol: 'series', fill: 'white' }),
    ],
  };
  return { summary, plots: rows.length ? [plot] : [] };
}

function waiting(s: ReportSummary, w: ReportText): SectionView {
  const t = s.waiting;
  const summary = w.t('waiting.summary', {
    measured: w.t('waiting.measured', { count: t.measuredVisits }),
    median: minutes(w, t.medianMinutes),
    p90: minutes(w, t.p90Minutes),
    drugWait: minutes(w, t.drugWaitMedianMinutes),
    booked: t.bookedVisits,
    noShows: t.noShows,
    sameDay: t.sameDayCancellations,
  });
  const rows = t.buckets.map((b) => ({ bucket: bucketLabel(b), visits: b.visits }));
  const plot: PlotOptions = {
    ...base(w.t('waiting.label'), summary),
    x: { label: w.t('waiting.minutes'), domain: rows.map((r) => r.bucket) },
    y: countAxis(w.t('waiting.visits'), Math.max(...rows.map((r) => r.visits))),
    marks: [Plot.barY(rows, { x: 'bucket', y: 'visits', fill: OKABE_ITO[0] }), Plot.ruleY([0])],
  };
  return { summary, plots: t.measuredVisits ? [plot] : [] };
}

const GRADE_DOMAIN = ['1', '2', '3', '4', '5'];

function reactions(s: ReportSummary, w: ReportText): SectionView {
  const first = s.reactions.filter((r) => r.firstDose).reduce((n, r) => n + r.reactions, 0);
  const count = s.reactions.reduce((n, r) => n + r.reactions, 0);
  const summary = w.t('reactions.summary', { total: w.t('reactions.total', { count }), first });
  // One bar per drug and dose kind ("pembrolizumab · first dose"), stacked by grade: first doses apart.
  const rows = s.reactions.map((r) => ({
    bar: `${r.drugId} · ${r.firstDose ? w.t('reactions.firstDose') : w.t('reactions.later')}`,
    grade: r.grade === null ? w.t('reactions.ungraded') : String(r.grade),
    reactions: r.reactions,
  }));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.bar, (totals.get(r.bar) ?? 0) + r.reactions);
  const plot: PlotOptions = {
    ...base(w.t('reactions.label'), summary),
    marginLeft: 190,
    height: Math.max(120, 60 + 30 * totals.size),
    y: { label: null },
    x: countAxis(w.t('reactions.count'), Math.max(0, ...totals.values())),
    color: { domain: [...GRADE_DOMAIN, w.t('reactions.ungraded')], range: OKABE_ITO, legend: true, label: w.t('reactions.grade') },
    marks: [Plot.barX(rows, { y: 'bar', x: 'reactions', fill: 'grade' }), Plot.ruleX([0])],
  };
  return { summary, plots: rows.length ? [plot] : [] };
}

function socTotals(rows: readonly { soc: string; events: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.soc, (totals.get(r.soc) ?? 0) + r.events);
  return totals;
}

function iraes(s: ReportSummary, w: ReportText): SectionView {
  const first = s.iraes.filter((r) => r.firstDose).reduce((n, r) => n + r.events, 0);
  const count = s.iraes.reduce((n, r) => n + r.events, 0);
  const summary = w.t('iraes.summary', { total: w.t('iraes.total', { count }), first });
  const rows = s.iraes.map((r) => ({ soc: r.soc, grade: r.grade === null ? '–' : String(r.grade), events: r.events }));
  const plot: PlotOptions = {
    ...base(w.t('iraes.label'), summary),
    marginLeft: 220,
    height: Math.max(160, 40 + 24 * new Set(rows.map((r) => r.soc)).size),
    y: { label: null },
    x: countAxis(w.t('iraes.count'), Math.max(0, ...socTotals(rows).values())),
    color: { domain: [...GRADE_DOMAIN, '–'], range: OKABE_ITO, legend: true, label: w.t('iraes.grade') },
    marks: [Plot.barX(rows, { y: 'soc', x: 'events', fill: 'grade' }), Plot.ruleX([0])],
  };
  return { summary, plots: rows.length ? [plot] : [] };
}

function carT(s: ReportSummary, w: ReportText): SectionView {
  const summary = w.t('carT.summary', { count: s.carT.length });
  const rows = s.carT.flatMap((r) => [
    ...(r.maxCrsGrade !== null && r.crsOnsetDay !== null
      ? [{ kind: 'CRS', day: r.crsOnsetDay, grade: r.maxCrsGrade, mrn: r.patientMrn }]
      : []),
    ...(r.maxIcansGrade !== null && r.icansOnsetDay !== null
      ? [{ kind: 'ICANS', day: r.icansOnsetDay, grade: r.maxIcansGrade, mrn: r.patientMrn }]
      : []),
  ]);
  const plot: PlotOptions = {
    ...base(w.t('carT.label'), summary),
    x: { label: w.t('carT.day'), grid: true },
    y: { label: w.t('carT.grade'), domain: [0, 5], ticks: 5 },
    color: { domain: ['CRS', 'ICANS'], range: OKABE_ITO, legend: true, label: w.t('carT.kind') },
    symbol: { domain: ['CRS', 'ICANS'], range: ['circle', 'diamond'] },
    marks: [
      Plot.dot(rows, { x: 'day', y: 'grade', stroke: 'kind', symbol: 'kind', r: 5, strokeWidth: 2 }),
      Plot.text(rows, { x: 'day', y: 'grade', text: 'mrn', dy: -10, fontSize: 9 }),
    ],
  };
  return { summary, plots: rows.length ? [plot] : [] };
}

function education(s: ReportSummary, w: ReportText): SectionView {
  const e = s.education;
  const summary = w.t('education.summary', {
    first: w.t('education.first', { count: e.firstDoses }),
    with: e.withEducation,
    card: e.withWalletCard,
    without: e.withoutEducation,
  });
  const groups = educationGroups(s, w);
  const plot: PlotOptions = {
    ...base(w.t('education.label'), summary),
    height: 120,
    y: { axis: null },
    x: countAxis(w.t('education.count'), e.firstDoses),
    color: { domain: groups.map((g) => g.group), range: [OKABE_ITO[2]!, OKABE_ITO[5]!, OKABE_ITO[3]!], legend: true },
    marks: [
      Plot.barX(groups, { x: 'count', fill: 'group', y: () => w.t('education.group'), insetRight: 1 }),
      Plot.ruleX([0]),
    ],
  };
  return { summary, plots: e.firstDoses ? [plot] : [] };
}

export const SECTION_VIEWS: Record<ReportSection, (s: ReportSummary, w: ReportText) => SectionView> = {
  utilisation,
  staffing,
  waiting,
  reactions,
  iraes,
  'car-t': carT,
  education,
};
