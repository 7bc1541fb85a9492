// npm run bench — every figure is printed beside a baseline measured in the same run, as a ratio.
import { benchAuditVerify, benchChartWrite } from './charting';
import { benchIpcRoundTrip, benchStoreOpen } from './foundation';
import { benchHandouts } from './handouts';
import { printRows } from './lib';
import { benchPatientSearch } from './patients';
import { runSchedulerQuality } from './scheduler-quality';
import { runScheduleBench } from './schedule';

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

console.log(`Chairside benchmarks — node ${process.version}, ${new Date().toISOString()}`);
if (wanted('store')) printRows('Store', await benchStoreOpen());
if (wanted('ipc')) printRows('IPC', await benchIpcRoundTrip());
if (wanted('handouts')) printRows('Handouts (personalised sheet to PDF through the core)', await benchHandouts());
if (wanted('charting')) printRows('Charting', [...(await benchChartWrite()), ...(await benchAuditVerify())]);
if (wanted('patients')) printRows('Patients', await benchPatientSearch());
if (wanted('schedule')) {
  const { summary, rows } = await runScheduleBench();
  if (summary)
    console.log(`\n(generated center: ${summary.appointments} appointments, ${summary.from} to ${summary.to})`);
  printRows('Schedule (5-year, 40-chair generated center)', rows);
}
if (wanted('scheduler')) {
  console.log('\n## Scheduler quality (generated clinic days; ours vs first-fit, averaged per day)');
  for (const row of runSchedulerQuality()) {
    console.log(`${row.metric}: ours ${row.ours} | first-fit ${row.firstFit}${row.note ? ` — ${row.note}` : ''}`);
  }
}
