import type { ErrorCode, EventName, Result, Transport } from '../../core/contract';
import { t } from '../i18n';

const TOKEN_KEY = 'verivali.token';

/** Every event of the contract; a Record so a new event in EventMap fails to compile until listed. */
const EVENTS: Record<EventName, true> = { 'job.progress': true };

/**
 * The loopback server puts its token in the page URL. Keep it for the tab (reloads keep working)
 * and take it out of the address bar so it is not copied or bookmarked.
 */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function failure(code: ErrorCode, message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

/** POST /rpc for calls, one shared EventSource on /events for pushed events. */
export function httpTransport(): Transport {
  const token = takeToken();
  const listeners = new Set<(event: string, payload: unknown) => void>();
  let source: EventSource | null = null;

  function connect(): void {
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    for (const name of Object.keys(EVENTS)) {
      source.addEventListener(name, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        for (const listener of listeners) listener(name, payload);
      });
    }
  }

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch('/rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ method, input }),
        });
      } catch {
        return failure('INTERNAL', t('error.network'));
      }
      // The server answers refused requests (bad token, too large) in plain Indonesian text.
      if (!response.headers.get('content-type')?.includes('application/json')) {
        const text = await response.text();
        return failure(response.status === 401 ? 'UNAUTHORIZED' : 'INTERNAL', text || t('error.http', { status: response.status }));
      }
      return (await response.json()) as Result<unknown>;
    },
    subscribe(listener) {
      if (!source) connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
