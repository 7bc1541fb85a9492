// Starts the store worker from the TypeScript sources (tests, tsx scripts): registers tsx in this thread,
// then loads the entry. The built app starts out/main/store-worker.js directly and never uses this file.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
