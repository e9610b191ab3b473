import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { logTechnical } from './log';
import { APP_SCHEME, buildCsp, contentTypeFor, resolveAppPath } from './security';

/** Must run before `app` is ready (synchronously at the top of the entry module). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const BASE_HEADERS = Object.freeze({
  'Content-Security-Policy': buildCsp(),
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
});

function notFound(): Response {
  return new Response('Tidak ditemukan', {
    status: 404,
    headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Serves the built renderer (out/renderer) on app://verivali/; nothing outside rootDir is reachable. */
export function serveAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const filePath = resolveAppPath(rootDir, request.url);
    if (!filePath) return notFound();
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...BASE_HEADERS, 'Content-Type': contentTypeFor(filePath) },
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') logTechnical('protocol', 'cannot read app file', error);
      return notFound();
    }
  });
}
