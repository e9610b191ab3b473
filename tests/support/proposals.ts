import { afterEach, beforeEach } from 'vitest';
import { makeTempDir } from './backend';
import { startProposalWorld, type ProposalWorld } from './proposal-world';

export * from './proposal-world';

/** A fresh world for every test of the file (its own temporary folder), closed after the test. */
export function useProposalWorld(onReady: (world: ProposalWorld, dir: string) => void): void {
  let temp: ReturnType<typeof makeTempDir>;
  let world: ProposalWorld;
  beforeEach(async () => {
    temp = makeTempDir();
    world = await startProposalWorld(temp.dir);
    onReady(world, temp.dir);
  });
  afterEach(() => {
    world.app.close();
    temp.cleanup();
  });
}
