import { join } from 'node:path';
import { createClient, type CellChange } from '../core/contract';
import { createBackend } from '../core/server/backend';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { appVersion, migrationsDir, regionsDir } from '../cli/paths';
import { report, timeRuns } from './stats';

const MEMBER_COLUMNS = ['nik', 'nama', 'jenisKelamin', 'tempatLahir', 'tanggalLahir', 'hubunganKeluarga', 'keberadaan', 'noKk', 'desaName'];
const FAMILY_COLUMNS = ['noKk', 'idDtks', 'namaKepalaKeluarga', 'alamat', 'rt', 'rw', 'desaName', 'kecamatanName', 'memberCount', 'desil', 'statusData'];

/** Issue 5 targets on the synthetic district: grid blocks, counts, quick search, edits and pastes. */
export async function benchEditing(dir: string, path: string): Promise<void> {
  const backend = createBackend({ dataDir: join(dir, 'data-editing'), migrationsDir, regionsDir, appVersion, validateOutput: false, actAsLocalAdmin: true });
  const api = createClient(createInProcessTransport(backend));
  try {
    const opened = await api.call('workspace.open', { path });
    console.log(`\n== Penyuntingan: ${opened.families.toLocaleString('id-ID')} keluarga, ${opened.members.toLocaleString('id-ID')} anggota ==`);
    const kecamatan = await api.call('regions.children', { code: opened.kabupatenCode });
    const desa = (await Promise.all(kecamatan.map((k) => api.call('regions.children', { code: k.code })))).flat();
    const pick = <T>(list: readonly T[], run: number) => list[(run * 7919) % list.length]!;

    const members = (run: number, withCount: boolean) =>
      api.call('grid.block', {
        view: 'anggota', columns: MEMBER_COLUMNS, startRow: (run % 5) * 100, endRow: (run % 5) * 100 + 100, withCount,
        sortModel: [{ colId: 'nama', sort: 'asc' }],
        scope: { kecamatanCode: pick(kecamatan, run).code },
        filterModel: { jenisKelamin: { filterType: 'set', values: [2] }, tanggalLahir: { filterType: 'date', type: 'greaterThan', dateFrom: '1960-01-01' } },
      });
    report('Anggota: blok 100, urut nama, desa + kode', await timeRuns(200, (run) => api.call('grid.block', {
      view: 'anggota', columns: MEMBER_COLUMNS, startRow: 0, endRow: 100, sortModel: [{ colId: 'nama', sort: 'asc' }],
      scope: { desaCode: pick(desa, run).code }, filterModel: { jenisKelamin: { filterType: 'set', values: [2] } },
    })), 30);
    report('Anggota: blok 100, urut nama, kecamatan + kode + tanggal', await timeRuns(200, (run) => members(run, false)), 30);
    report('Keluarga: blok 100, urut kepala + desa + kode', await timeRuns(200, (run) => api.call('grid.block', {
      view: 'keluarga', columns: FAMILY_COLUMNS, startRow: 0, endRow: 100,
      sortModel: [{ colId: 'namaKepalaKeluarga', sort: 'asc' }],
      scope: { desaCode: pick(desa, run).code },
      filterModel: { lantai: { filterType: 'set', values: [1, 2, 3] } },
    })), 30);
    report('Anggota: blok 100 tanpa filter, urut tanggal lahir, offset acak', await timeRuns(100, (run) => {
      const startRow = ((run * 104_729) % Math.max(1, opened.members - 100));
      return api.call('grid.block', { view: 'anggota', columns: MEMBER_COLUMNS, startRow, endRow: startRow + 100, sortModel: [{ colId: 'tanggalLahir', sort: 'desc' }] });
    }), 30);
    report('jumlah baris, filter gabungan (kecamatan + kode + tanggal)', await timeRuns(50, (run) => members(run, true)), 200);
    report('jumlah baris, seluruh kabupaten + kode + tanggal', await timeRuns(20, () => api.call('grid.block', {
      view: 'anggota', columns: ['nik'], startRow: 0, endRow: 100, withCount: true,
      filterModel: { jenisKelamin: { filterType: 'set', values: [2] }, tanggalLahir: { filterType: 'date', type: 'greaterThan', dateFrom: '1960-01-01' } },
    })), 200);

    const sample = (await api.call('grid.block', { view: 'anggota', columns: ['nik', 'nama', 'noKk'], startRow: 0, endRow: 500, sortModel: [{ colId: 'nik', sort: 'asc' }] })).rows;
    const searches = sample.flatMap((row, i) => [String(row.nik).slice(0, 10 + (i % 7)), String(row.noKk), String(row.nama).split(' ').at(-1)!.slice(0, 4).toLowerCase()]);
    for (const view of ['anggota', 'keluarga'] as const) {
      report(`cari cepat (${view}): NIK/No KK/kata nama, dengan jumlah`, await timeRuns(150, (run) => api.call('grid.block', {
        view, columns: view === 'anggota' ? MEMBER_COLUMNS : FAMILY_COLUMNS, startRow: 0, endRow: 100, withCount: true, scope: { search: searches[run % searches.length] },
      })), 100);
    }

    report('simpan suntingan sel (dengan audit + cek ulang)', await timeRuns(200, (run) => {
      const row = sample[run % 100]!;
      return api.call('records.update', { entity: 'member', id: Number(row.id), field: 'tempatLahir', value: run % 2 ? 'TEGAL' : 'SLAWI' });
    }), 10);
    report('tempel 1.000 sel: pratinjau + terapkan', await timeRuns(10, async (run) => {
      const changes: CellChange[] = sample.slice(0, 250).flatMap((row) => [
        { entity: 'member' as const, id: Number(row.id), field: 'tempatLahir', value: run % 2 ? 'BREBES' : 'PEMALANG' },
        { entity: 'member' as const, id: Number(row.id), field: 'tanggalLahir', value: `0${1 + (run % 9)}/02/1990` },
        { entity: 'member' as const, id: Number(row.id), field: 'namaIbuKandung', value: run % 2 ? 'SITI' : 'AMINAH' },
        { entity: 'member' as const, id: Number(row.id), field: 'statusKawin', value: run % 2 ? '1' : '2' },
      ]);
      await api.call('edits.apply', { changes, dryRun: true, action: 'paste' });
      await api.call('edits.apply', { changes, action: 'paste' });
    }), 500);
  } finally {
    backend.close();
  }
}
