// `prestart`, `predev` and `test:electron`: fetch Electron if needed and provide the SQLite driver built for its
// ABI. Exits 1 with three lines (cause, fix, what still works) when that is impossible, e.g. without internet.
import { resolve } from 'node:path';
import { prepareElectron, projectPackages } from './prepare';
import { spawnRunner } from './runner';

const root = resolve(import.meta.dirname, '../..');
const result = prepareElectron({
  root,
  ...projectPackages(root),
  env: process.env,
  run: spawnRunner,
  log: (line) => console.log(line),
});
if (!result.ok) {
  for (const line of result.message) console.error(line);
  process.exit(1);
}
