// After the e2e run (npm run test:e2e): the app's log of the whole run must not hold any of the run's patients'
// names or MRNs. Fails too when the log is empty or no patient was recorded: a check of nothing proves nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PATIENTS_FILE } from '../tests/harness/app-log';
import { findPatientData, type PatientIdentity } from '../tests/support/log-privacy';

const dir = resolve(import.meta.dirname, '../reports/e2e-user-data');
const logsDir = join(dir, 'logs');
const logs = existsSync(logsDir) ? readdirSync(logsDir).filter((name) => name.endsWith('.log')) : [];
const text = logs.map((name) => readFileSync(join(logsDir, name), 'utf8')).join('\n');
const patientsFile = join(dir, PATIENTS_FILE);
const patients = existsSync(patientsFile)
  ? readFileSync(patientsFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as PatientIdentity)
  : [];
const lineCount = text.split('\n').filter(Boolean).length;
const calls = (text.match(/\]\s+(?:patients|schedule|charting):[a-z-]+ ok /g) ?? []).length;

if (lineCount === 0 || calls === 0 || patients.length === 0) {
  console.error(
    `e2e log check: nothing to check (${lineCount} log lines, ${calls} patient-data calls, ${patients.length} patients).`,
  );
  process.exit(1);
}
const findings = findPatientData(text, patients);
if (findings.length > 0) {
  for (const f of findings.slice(0, 20)) console.error(`Patient data in the app log, line ${f.line}: "${f.term}"`);
  process.exit(1);
}
console.log(
  `e2e log check: ${lineCount} lines in ${logs.join(', ')}, ${calls} calls on patient data, ` +
    `${patients.length} patients' names and MRNs: none found.`,
);
