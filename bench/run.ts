// npm run bench [-- --quick] [--today YYYY-MM-DD] [NAME ...] — every figure is printed beside a baseline measured
// in the same run, as a ratio. The data and the cores' frozen clocks are all built on one "today".
import { performance } from 'node:perf_hooks';
import { benchCenterMode } from './center-rows';
import { benchAuditVerify, benchChartWrite } from './charting';
import { benchIpcRoundTrip, benchStoreOpen } from './foundation';
import { benchHandouts } from './handouts';
import { printRows } from './lib';
import { benchArgs, type BenchContext } from './options';
import { benchPatientSearch } from './patients';
import { printSchedulerTable, runSchedulerQuality } from './scheduler-quality';
import { runScheduleBench, scheduleSize } from './schedule';

async function schedule(context: BenchContext): Promise<void> {
  const size = scheduleSize(context);
  const { summary, rows } = await runScheduleBench(context);
  if (summary)
    console.log(`\n(generated center: ${summary.appointments} appointments, ${summary.from} to ${summary.to})`);
  printRows(`Schedule (${size.years}-year, ${size.chairs}-chair generated center)`, rows);
}

function scheduler(context: BenchContext): void {
  console.log('\n## Scheduler quality (generated clinic days; ours, ours + repair pass, first-fit; per day)');
  printSchedulerTable(runSchedulerQuality({ days: context.quick ? 3 : 20 }));
}

const BENCHES: Record<string, (context: BenchContext) => Promise<void> | void> = {
  store: async (c) => printRows('Store', await benchStoreOpen(c)),
  ipc: async (c) => printRows('IPC', await benchIpcRoundTrip(c)),
  handouts: async (c) => printRows('Handouts (personalised sheet to PDF through the core)', await benchHandouts(c)),
  charting: async (c) => printRows('Charting', [...(await benchChartWrite(c)), ...(await benchAuditVerify(c))]),
  patients: async (c) => printRows('Patients', await benchPatientSearch(c)),
  schedule,
  scheduler,
  center: benchCenterMode,
};

const { only, context } = benchArgs(process.argv.slice(2), Object.keys(BENCHES));
const size = context.quick ? ', quick sizes' : '';
console.log(
  `Chairside benchmarks — node ${process.version}, ${new Date().toISOString()}, today ${context.today}${size}`,
);
for (const [name, run] of Object.entries(BENCHES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = performance.now();
  await run(context);
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
