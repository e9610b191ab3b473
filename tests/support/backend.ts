import { appVersion, migrationsDir, regionsDir } from '../../cli/paths';
import { createClient, type ApiClient } from '../../core/contract';
import { createBackend, type Backend } from '../../core/server/backend';
import { createInProcessTransport } from '../../core/server/transports/in-process';

export interface TestBackend {
  backend: Backend;
  api: ApiClient;
  dataDir: string;
  close(): void;
}

/**
 * A real backend on a temporary data folder, reached through the in-process transport. Like the
 * command line it acts as the workspace's administrator without a login, unless `login` is true
 * (tests of accounts and permissions).
 */
export function startTestBackend(dataDir: string, demoFamilies = 300, options: { login?: boolean } = {}): TestBackend {
  const backend = createBackend({ dataDir, migrationsDir, regionsDir, appVersion, demoFamilies, validateOutput: true, actAsLocalAdmin: !options.login });
  return { backend, api: createClient(createInProcessTransport(backend)), dataDir, close: () => backend.close() };
}

export { makeTempDir } from './temp';
