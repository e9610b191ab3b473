import { Worker } from 'node:worker_threads';
import { FileReadError, ReadAbortedError } from './readers';
import type { ParserMessage, ParserRequest } from './parser-protocol';

/**
 * The parser runs beside this module: import-parser.ts in a source checkout (loaded through tsx),
 * import-parser.js next to a bundle that contains this code (Electron build, benchmark).
 */
const fromSource = import.meta.url.endsWith('.ts');
const PARSER = new URL(`./import-parser.${fromSource ? 'ts' : 'js'}`, import.meta.url);

type Delivered = Exclude<ParserMessage, { kind: 'failed' }>;

/**
 * Reads and parses the sheets in a worker thread, so that parsing and SQLite writes use both cores.
 * Each batch is acknowledged when the caller asks for the next message; the worker keeps only a few
 * batches ahead. Ends with the file's SHA-256; stops the worker when the caller stops or `signal` aborts.
 */
export async function* parseInWorker(request: ParserRequest, signal: AbortSignal): AsyncGenerator<Delivered> {
  const worker = new Worker(PARSER, { workerData: request, execArgv: fromSource ? ['--import', 'tsx'] : undefined });
  const queue: ParserMessage[] = [];
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: ParserMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure ??= error;
    notify();
  });
  worker.on('exit', () => {
    failure ??= new FileReadError({ file: request.file }, 'tidak selesai dibaca (pembaca berhenti); impor dibatalkan dan workspace tidak diubah.');
    notify();
  });
  signal.addEventListener('abort', notify, { once: true });
  try {
    for (;;) {
      if (signal.aborted) throw new ReadAbortedError(request.file);
      const message = queue.shift();
      if (!message) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (message.kind === 'failed') throw parserError(message);
      yield message;
      if (message.kind === 'done') return;
      if (message.kind === 'batch') worker.postMessage('ack');
    }
  } finally {
    signal.removeEventListener('abort', notify);
    await worker.terminate();
  }
}

function parserError(message: Extract<ParserMessage, { kind: 'failed' }>): Error {
  if (message.readError) {
    const error = new FileReadError(message.readError, '');
    error.message = message.message;
    return error;
  }
  const error = new Error(message.message);
  if (message.stack) error.stack = message.stack;
  return error;
}
