export interface Timing {
  median: number;
  p95: number;
  max: number;
  runs: number;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0, runs: sorted.length };
}

export async function timeRuns(runs: number, action: (run: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await action(run);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`;
}

export function report(label: string, timing: Timing, targetMs: number): void {
  const verdict = timing.p95 <= targetMs ? 'di bawah target' : 'MELEBIHI target';
  console.log(
    `  ${label.padEnd(46)} median ${formatMs(timing.median).padStart(10)}  p95 ${formatMs(timing.p95).padStart(10)}  ` +
      `(target < ${formatMs(targetMs)}, p95/target ${(timing.p95 / targetMs).toFixed(2)}, ${verdict}; n=${timing.runs})`,
  );
}
