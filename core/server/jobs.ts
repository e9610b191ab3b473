import { ApiError } from '../contract/errors';

export interface RunningJob {
  id: string;
  label: string;
  controller: AbortController;
}

/**
 * At most one long job (import, full validation, export) holds the workspace at a time: it owns
 * an open write transaction, so other calls must wait rather than read its half-done work.
 */
export class JobRegistry {
  private current: RunningJob | null = null;
  private counter = 0;

  get active(): RunningJob | null {
    return this.current;
  }

  assertIdle(): void {
    if (this.current) {
      throw new ApiError('BUSY', `Sedang berjalan: ${this.current.label}. Tunggu sampai selesai atau batalkan terlebih dahulu.`, { job: this.current.id });
    }
  }

  async run<T>(kind: string, label: string, work: (job: RunningJob) => Promise<T>): Promise<T> {
    this.assertIdle();
    const job: RunningJob = { id: `${kind}-${++this.counter}`, label, controller: new AbortController() };
    this.current = job;
    try {
      return await work(job);
    } finally {
      this.current = null;
    }
  }

  cancel(id?: string): boolean {
    if (!this.current || (id && this.current.id !== id)) return false;
    this.current.controller.abort();
    return true;
  }
}
