import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appVersion, dataWorkerFile, migrationsDir, regionsDir } from '../../cli/paths';
import { createClient, type Result } from '../../core/contract';
import { createInProcessTransport } from '../../core/server/transports/in-process';
import { startHttpServer, type HttpServerHandle } from '../../core/server/transports/http';
import { spawnDataWorker, type DataWorkerHandle } from '../../electron/worker/spawn';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('data worker transport', () => {
  let worker: DataWorkerHandle;
  afterEach(async () => worker.terminate());

  it('serves the contract from a worker thread and forwards progress events', async () => {
    worker = spawnDataWorker(dataWorkerFile, { dataDir: temp.dir, migrationsDir, regionsDir, appVersion, demoFamilies: 200 });
    const api = createClient(worker.transport);
    const progress: number[] = [];
    api.on('job.progress', (event) => progress.push(event.done));
    expect((await api.call('app.info', {})).workspace).toBeNull();
    const demo = await api.call('workspace.openDemo', {});
    expect(demo.families).toBe(200);
    expect(progress.at(-1)).toBe(200);
    const bad = await worker.transport.call('families.list', { startRow: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers pending and later calls with an error once the worker is gone', async () => {
    worker = spawnDataWorker(dataWorkerFile, { dataDir: temp.dir, migrationsDir, regionsDir, appVersion });
    await worker.terminate();
    expect(await worker.transport.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('loopback HTTP transport', () => {
  let app: TestBackend;
  let server: HttpServerHandle;
  beforeEach(async () => {
    const staticDir = join(temp.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Verivali</title>');
    writeFileSync(join(temp.dir, 'rahasia.txt'), 'jangan bocor');
    app = startTestBackend(join(temp.dir, 'data'));
    server = await startHttpServer({ transport: createInProcessTransport(app.backend), staticDir });
  });
  afterEach(async () => {
    await server.close();
    app.close();
  });

  const origin = () => new URL(server.url).origin;

  function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
    const url = new URL(path, origin());
    return new Promise((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
      });
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }

  it('listens on 127.0.0.1 only and serves the UI with a strict CSP', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const page = await raw('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('calls the contract with the token and refuses without it', async () => {
    const body = JSON.stringify({ method: 'regions.children', input: { code: '33.28' } });
    const ok = await raw('/rpc', { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' }, 'POST', body);
    expect(JSON.parse(ok.text)).toMatchObject({ ok: true, value: expect.arrayContaining([{ code: '33.28.01', name: 'Margasari' }]) });
    expect((await raw('/rpc', { authorization: 'Bearer salah' }, 'POST', body)).status).toBe(401);
    expect((await raw('/rpc', {}, 'POST', body)).status).toBe(401);
    const notJson = await raw('/rpc', { authorization: `Bearer ${server.token}` }, 'POST', '{oops');
    expect(JSON.parse(notJson.text)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses other Host headers (DNS rebinding) and path traversal', async () => {
    expect((await raw('/', { host: 'evil.example:80' })).status).toBe(421);
    for (const path of ['/../rahasia.txt', '/%2e%2e/rahasia.txt', '/..%2frahasia.txt', '/%00']) {
      const response = await raw(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.text).not.toContain('jangan bocor');
    }
  });

  it('the typed client works over HTTP exactly as in-process', async () => {
    const api = createClient({
      async call(method, input) {
        const response = await fetch(`${origin()}/rpc`, { method: 'POST', headers: { authorization: `Bearer ${server.token}` }, body: JSON.stringify({ method, input }) });
        return (await response.json()) as Result<unknown>;
      },
    });
    const created = await api.call('workspace.create', { name: 'Lewat HTTP', kabupatenCode: '51.03' });
    expect(created.kabupatenName).toBe('Kabupaten Badung');
    await expect(api.call('families.get', { id: 999999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
