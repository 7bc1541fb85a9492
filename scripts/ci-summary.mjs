// Sums the test runners' JSON reports into the one line CI reads: "N passed, N failed".
// A step that failed before its runner reported anything (typecheck, lint, build, the quick bench, the demo
// screenshots) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [, , exitCode = '0'] = process.argv;
let passed = 0;
let failed = 0;
let skipped = 0;
const seen = [];

// The unit and integration tests, then the package layout test (its own vitest run after the build).
for (const [file, name] of [
  ['reports/vitest.json', 'vitest'],
  ['reports/vitest-pg.json', 'PostgreSQL pass'],
  ['reports/vitest-package.json', 'package layout'],
]) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numTotalTestSuites && r.success === false && !r.numFailedTests ? 1 : 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  seen.push(`${name} ${r.numPassedTests ?? 0}/${r.numTotalTests ?? 0}`);
}
if (existsSync('reports/playwright.json')) {
  const s = JSON.parse(readFileSync('reports/playwright.json', 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  seen.push(
    `playwright ${(s.expected ?? 0) + (s.flaky ?? 0)}/${(s.expected ?? 0) + (s.unexpected ?? 0) + (s.flaky ?? 0)}`,
  );
}
if (existsSync('reports/screenshots/summary.json')) {
  const d = JSON.parse(readFileSync('reports/screenshots/summary.json', 'utf8'));
  seen.push(`demo day view ${d.day}: ${d.appointments} appointments`);
}
if (Number(exitCode) !== 0 && failed === 0) failed = 1;
console.log(`(${seen.join(', ') || 'no test report'})`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
