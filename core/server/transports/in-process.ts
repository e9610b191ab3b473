import type { Transport } from '../../contract/client';
import type { Result } from '../../contract/errors';
import type { Backend } from '../backend';

/**
 * Calls the backend in the same process. Payloads are round-tripped through JSON so that
 * tests and the command line see exactly what IPC or HTTP would carry.
 */
export function createInProcessTransport(backend: Backend): Transport {
  return {
    async call(method, input) {
      const request = JSON.parse(JSON.stringify({ method, input: input ?? {} })) as { method: string; input: unknown };
      const result = await backend.call(request.method, request.input);
      return JSON.parse(JSON.stringify(result)) as Result<unknown>;
    },
    subscribe(listener) {
      return backend.subscribe((event, payload) => listener(event, JSON.parse(JSON.stringify(payload))));
    },
  };
}
