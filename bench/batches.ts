import { createBenchBatch } from './batch-setup';
import { formatMs } from './stats';

const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

/** Issue 7 target: the batch check of 100,000 proposals under 5 s; batch create and freeze are reported too. */
export async function benchBatches(dir: string, path: string): Promise<void> {
  const proposals = Number(process.env.BENCH_BATCH_PROPOSALS ?? 100_000);
  console.log(`\n== Batch penetapan: ${proposals.toLocaleString('id-ID')} usulan disahkan ==`);
  const batch = await createBenchBatch(dir, path, proposals);
  const f = batch.figures;
  if (!f) {
    console.log(`  batch #${batch.batchId} (${batch.proposals.toLocaleString('id-ID')} usulan) sudah ada di workspace ini; tidak diukur ulang`);
    return;
  }
  const line = (label: string, text: string) => console.log(`  ${label.padEnd(47)}${text}`);
  line('menyiapkan usulan (SQL langsung, bukan diukur)', formatMs(f.generateMs).padStart(10));
  line('membuat batch (mengumpulkan + audit per usulan)', `${formatMs(f.createMs).padStart(10)}  (${batch.proposals.toLocaleString('id-ID')} usulan)`);
  line('pemeriksaan batch, pertama', formatMs(f.firstCheckMs).padStart(10));
  line('pemeriksaan batch, median', `${formatMs(f.check.median).padStart(10)}  (${f.check.runs}×, maks ${formatMs(f.check.max)}; target < 5 s, rasio ${(f.check.median / 5000).toFixed(2)}; ` +
    `${f.problems} masalah, ${f.warnings.toLocaleString('id-ID')} peringatan)`);
  line('membekukan batch (cuplikan + hash)', `${formatMs(f.freezeMs).padStart(10)}  (cuplikan ${mb(f.frozenBytes)})`);
  line('puncak RSS proses sejauh ini', mb(process.resourceUsage().maxRSS * 1024).padStart(10));
}
