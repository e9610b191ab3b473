import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { Transport } from '../../contract/client';

export interface HttpServerOptions {
  transport: Transport;
  staticDir: string;
  port?: number;
}

export interface HttpServerHandle {
  url: string;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
};
const CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src blob:";
const MAX_BODY = 1024 * 1024;

/**
 * Serves the renderer and the contract on 127.0.0.1 only. Contract calls need the random token
 * of the printed URL; the Host check stops DNS-rebinding pages from reaching the API.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<HttpServerHandle> {
  const token = randomBytes(24).toString('base64url');
  const staticRoot = resolve(options.staticDir);
  let expectedHost = '';
  const streams = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    if (request.headers.host !== expectedHost) return send(response, 421, 'Host tidak diizinkan.');
    const url = new URL(request.url ?? '/', `http://${expectedHost}`);
    if (url.pathname === '/rpc') return handleRpc(request, response);
    if (url.pathname === '/events') return handleEvents(url, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Metode tidak diizinkan.');
    serveStatic(staticRoot, url.pathname, response);
  });

  function authorized(header: string | undefined): boolean {
    const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
    const wanted = Buffer.from(token);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }

  function handleRpc(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'POST') return send(response, 405, 'Metode tidak diizinkan.');
    if (!authorized(request.headers.authorization)) return send(response, 401, 'Token akses tidak valid.');
    readBody(request).then(
      async (body) => {
        let payload: { method?: unknown; input?: unknown };
        try {
          payload = JSON.parse(body) as typeof payload;
        } catch {
          return sendJson(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'Permintaan bukan JSON yang valid.' } });
        }
        const result = await options.transport.call(String(payload.method), payload.input);
        sendJson(response, 200, result);
      },
      () => send(response, 413, 'Permintaan terlalu besar.'),
    );
  }

  function handleEvents(url: URL, response: ServerResponse): void {
    if (!authorized(url.searchParams.get('token') ?? undefined)) return send(response, 401, 'Token akses tidak valid.');
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(': terhubung\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  const unsubscribe = options.transport.subscribe?.((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  expectedHost = `127.0.0.1:${port}`;
  return {
    url: `http://${expectedHost}/?token=${token}`,
    token,
    async close() {
      unsubscribe?.();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(response, 400, 'Alamat tidak valid.');
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(root, relative);
  if (decoded.includes('\0') || (file !== root && !file.startsWith(root + sep))) return send(response, 404, 'Tidak ditemukan.');
  if (!existsSync(file) || !statSync(file).isFile()) return send(response, 404, 'Tidak ditemukan.');
  response.writeHead(200, {
    'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(new Error('too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });
}

function send(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(message);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
