import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startHttpServer } from '../core/server/transports/http';
import { spawnDataWorker } from '../electron/worker/spawn';
import { appVersion, dataWorkerFile, migrationsDir, regionsDir } from './paths';

export interface WebServerOptions {
  dataDir: string;
  staticDir: string;
  port?: number;
  /** Size of the demo workspace; tests use a smaller one. */
  demoFamilies?: number;
}

/** `npm run web` and the UI tests: the built renderer plus the real backend in a data worker. */
export async function startWebServer(options: WebServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    throw new Error(`Antarmuka belum dibangun: ${join(options.staticDir, 'index.html')} tidak ada. Jalankan "npm run build:web" dahulu.`);
  }
  const worker = spawnDataWorker(dataWorkerFile, {
    dataDir: options.dataDir,
    migrationsDir,
    regionsDir,
    appVersion,
    demoFamilies: options.demoFamilies,
  });
  const server = await startHttpServer({ transport: worker.transport, staticDir: options.staticDir, port: options.port });
  return {
    url: server.url,
    async close() {
      await server.close();
      await worker.terminate();
    },
  };
}
