import { ApiError, type Result } from './errors';
import type { EventListener, EventName } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/** What a transport must provide: one call, one event subscription. */
export interface Transport {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe?(listener: (event: string, payload: unknown) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void;
}

/** The one typed client; it cannot tell IPC, HTTP and in-process transports apart. */
export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport.call(method, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    },
    on(event, listener) {
      if (!transport.subscribe) return () => undefined;
      return transport.subscribe((name, payload) => {
        if (name === event) listener(payload as never);
      });
    },
  };
}
