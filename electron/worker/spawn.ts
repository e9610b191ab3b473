import { Worker } from 'node:worker_threads';
import type { Result } from '../../core/contract';
import type { Transport } from '../../core/contract/client';
import type { DataWorkerOptions, WorkerMessage, WorkerRequest } from './protocol';

export interface DataWorkerHandle {
  transport: Transport;
  terminate(): Promise<void>;
}

/**
 * Starts the data worker (the only owner of the SQLite connection) and returns a transport that
 * forwards contract calls to it. Used by the Electron main process and by `npm run web`.
 */
export function spawnDataWorker(workerFile: string | URL, options: DataWorkerOptions): DataWorkerHandle {
  // From a source checkout the worker is TypeScript: let it load through tsx like its parent.
  const isTypeScript = String(workerFile).endsWith('.ts');
  const worker = new Worker(workerFile, { workerData: options, execArgv: isTypeScript ? ['--import', 'tsx'] : undefined });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let nextId = 1;
  let exited = false;

  const failAll = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
    pending.clear();
  };

  worker.on('message', (message: WorkerMessage) => {
    if (message.kind === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.kind === 'event') {
      for (const listener of listeners) listener(message.event, message.payload);
    }
  });
  worker.on('error', () => failAll('Proses data berhenti karena kesalahan internal.'));
  worker.on('exit', () => {
    exited = true;
    failAll('Proses data sudah berhenti.');
  });

  return {
    transport: {
      call(method, input) {
        if (exited) return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'Proses data sudah berhenti.' } });
        const id = nextId++;
        return new Promise((resolve) => {
          pending.set(id, resolve);
          worker.postMessage({ kind: 'call', id, method, input } satisfies WorkerRequest);
        });
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    /** Asks the worker to close its workspace; forces it only if it does not stop in time. */
    async terminate() {
      if (exited) return;
      const stopped = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ kind: 'shutdown' } satisfies WorkerRequest);
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await stopped;
      clearTimeout(timer);
    },
  };
}
