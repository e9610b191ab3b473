import { join } from 'node:path';
import { createClient, type ApiClient } from '../core/contract';
import { createBackend } from '../core/server/backend';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { appVersion, migrationsDir, regionsDir } from '../cli/paths';
import { formatMs, report, timeRuns } from './stats';

export interface FoundationBenchOptions {
  dir: string;
  families: number;
  kabupatenCode: string;
}

function client(dataDir: string): { api: ApiClient; close(): void } {
  const backend = createBackend({ dataDir, migrationsDir, regionsDir, appVersion, validateOutput: false, actAsLocalAdmin: true });
  return { api: createClient(createInProcessTransport(backend)), close: () => backend.close() };
}

/** Issue 2 targets: generate the district, open it, page the grid, save an edit. */
export async function benchFoundation(options: FoundationBenchOptions): Promise<string> {
  const path = join(options.dir, 'kabupaten-sintetis.verivali');
  const { api, close } = client(join(options.dir, 'data'));

  console.log(`\n== Fondasi: ${options.families.toLocaleString('id-ID')} keluarga, kabupaten ${options.kabupatenCode} ==`);
  await api.call('workspace.create', { name: 'Benchmark', kabupatenCode: options.kabupatenCode, path });
  const memoryBefore = process.memoryUsage().rss;
  const generated = await api.call('workspace.generateDemoData', { families: options.families, seed: 1 });
  console.log(
    `  generator data sintetis                        ${formatMs(generated.ms).padStart(10)}  ` +
      `(${generated.families.toLocaleString('id-ID')} keluarga, ${generated.members.toLocaleString('id-ID')} anggota, ` +
      `${generated.defects.toLocaleString('id-ID')} cacat; target < 60 s, rasio ${(generated.ms / 60_000).toFixed(2)}; ` +
      `RSS +${Math.round((process.memoryUsage().rss - memoryBefore) / 1e6)} MB)`,
  );
  await api.call('workspace.close', {});

  report('membuka workspace (termasuk cek migrasi)', await timeRuns(7, async () => {
    await api.call('workspace.open', { path });
    await api.call('workspace.close', {});
  }), 1000);
  const opened = await api.call('workspace.open', { path });

  const kecamatan = await api.call('regions.children', { code: opened.kabupatenCode });
  const desa = (await Promise.all(kecamatan.map((k) => api.call('regions.children', { code: k.code })))).flat();
  const sortByName = [{ colId: 'headName', sort: 'asc' as const }];
  report('blok 100 keluarga, urut nama, filter desa', await timeRuns(300, async (run) => {
    const desaCode = desa[(run * 7919) % desa.length]?.code;
    const startRow = (run % 3) * 100;
    await api.call('families.list', { startRow, endRow: startRow + 100, sortModel: sortByName, desaCode });
  }), 30);
  report('blok 100 keluarga, urut nama, offset acak', await timeRuns(300, async (run) => {
    const startRow = ((run * 104729) % Math.max(1, opened.families - 100));
    await api.call('families.list', { startRow, endRow: startRow + 100, sortModel: sortByName });
  }), 30);

  const { rows } = await api.call('families.list', { startRow: 0, endRow: 500 });
  report('simpan suntingan sel + catatan audit', await timeRuns(500, async (run) => {
    const family = rows[run % rows.length];
    if (family) await api.call('records.update', { entity: 'family', id: family.id, field: 'alamat', value: `Jl. Uji No. ${run}` });
  }), 10);
  close();
  return path;
}
