import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerMessage, WorkerTask } from './worker-protocol';

/** A failure inside the worker, keeping SQLite's code so the router can type it (storage-full, …). */
export class WorkerFailure extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

// The built app has out/main/store-worker.js (a second entry of the main bundle); the sources (tests, tsx
// scripts) start the TypeScript entry through a bootstrap that registers tsx in the worker.
function workerFor(task: WorkerTask): Worker {
  const here = import.meta.dirname;
  for (const folder of [here, dirname(here)]) {
    const built = join(folder, 'store-worker.js');
    if (existsSync(built)) return new Worker(built, { workerData: task });
  }
  const entry = pathToFileURL(join(here, 'store-worker.ts')).href;
  return new Worker(join(here, 'worker-bootstrap.mjs'), { workerData: { ...task, entry } });
}

export function runStoreWorker<T>(task: WorkerTask, onProgress?: (checked: number, total: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = workerFor(task);
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.checked, message.total);
      else {
        settled = true;
        if (message.type === 'done') resolve(message.result as T);
        else reject(new WorkerFailure(message.message, message.code));
        void worker.terminate();
      }
    });
    worker.on('error', (error: Error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new WorkerFailure(`The store worker stopped (exit code ${code}).`, null));
    });
  });
}
