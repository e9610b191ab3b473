import { parentPort, workerData } from 'node:worker_threads';
import { createBackend } from '../../core/server/backend';
import { describeErrorForLog } from '../../core/server/log';
import type { DataWorkerOptions, WorkerMessage, WorkerRequest } from './protocol';

// The data worker owns the SQLite connection, so a long import never freezes the window.
const port = parentPort;
if (!port) throw new Error('data-worker must run inside worker_threads');

const options = workerData as DataWorkerOptions;
const backend = createBackend({
  ...options,
  logError: (method, error) => console.error(`[data-worker] ${method} gagal: ${describeErrorForLog(error)}`),
});

backend.subscribe((event, payload) => port.postMessage({ kind: 'event', event, payload } satisfies WorkerMessage));

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'shutdown') {
    // Close the workspace cleanly (checkpoint the WAL, release the lock) before the thread ends.
    backend.close();
    port.close();
    return;
  }
  void backend.call(request.method, request.input).then((result) => {
    port.postMessage({ kind: 'result', id: request.id, result } satisfies WorkerMessage);
  });
});
port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
