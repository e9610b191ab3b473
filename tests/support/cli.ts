import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../cli/paths';

/** Runs `npm run cli` as a real process (Node with tsx), with its data folder under `dir`. */
export function runCli(dir: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'cli/main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, VERIVALI_DATA_DIR: join(dir, 'data') },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
