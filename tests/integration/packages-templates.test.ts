import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldByKey } from '../../core/domain/catalogue';
import { checkTemplate, SHIPPED_TEMPLATES, TEMPLATE_SHEETS, type ExportTemplate } from '../../core/domain/templates';
import { withWorkspaceClosed } from '../support/batches';
import { frozenBatchOfEveryType, readZip } from '../support/packages';
import { signInAs, useProposalWorld, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
let dir: string;
useProposalWorld((ready, tempDir) => ((world = ready), (dir = tempDir)));

const dtks = () => structuredClone(SHIPPED_TEMPLATES.find((t) => t.id === 'dtks-pbdt')!) as ExportTemplate;

describe('export templates', () => {
  it('ships the DTKS and DTSEN templates, valid and built only from catalogue keys', async () => {
    for (const template of SHIPPED_TEMPLATES) {
      expect(checkTemplate(JSON.parse(JSON.stringify(template)))).toEqual({ ok: true, template });
      for (const key of TEMPLATE_SHEETS) {
        for (const column of template.sheets[key].columns) if (column.field) expect(fieldByKey(column.field), column.field).toBeDefined();
      }
    }
    await signInAs(world.api, 'verifikator');
    const list = await world.api.call('packages.templates', {});
    expect(list.templates.map((entry) => [entry.template.id, entry.shipped])).toEqual([['dtks-pbdt', true], ['dtsen-regsosek', true]]);
  });

  it('refuses a broken template with a message naming the sheet and column of each problem', async () => {
    const broken = dtks();
    broken.id = 'dtks-kantor';
    const nik = broken.sheets.baru.columns.findIndex((c) => c.field === 'nik');
    broken.sheets.baru.columns[nik]!.field = 'nikk';
    broken.sheets.nonaktif = { sheetName: 'Nonaktif', rowLevel: 'keluarga', columns: [{ header: 'NoKK', field: 'noKk' }, { header: 'Nama', field: 'nama' }] };
    broken.sheets.reaktivasi.rowLevel = 'perubahan';
    broken.sheets.bnba.columns.push({ header: 'NIK', field: 'noKk' });
    const bnbaNik = broken.sheets.bnba.columns.findIndex((c) => c.header === 'NIK');
    await signInAs(world.api, 'admin');
    const error = await world.api.call('packages.saveTemplate', { template: broken }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((error as { details: { problems: string[] } }).details.problems).toEqual([
      `Lembar "Usulan baru", kolom ${nik + 1} ("NIK"): kunci katalog "nikk" tidak dikenal. Lihat daftar kunci di docs/paket-penetapan.md.`,
      'Lembar "Nonaktif", kolom 2 ("Nama"): "nama" adalah data anggota, padahal lembar ini satu baris per keluarga (rowLevel "keluarga"). Ubah rowLevel menjadi "anggota" atau hapus kolom ini.',
      'Lembar "Reaktivasi": tingkat baris "perubahan" hanya untuk lembar Perbaikan.',
      `Lembar "BNBA", kolom ${broken.sheets.bnba.columns.length} ("NIK"): judul kolom sama dengan kolom ${bnbaNik + 1}; setiap judul harus berbeda.`,
    ]);
    const wrongShape = { ...dtks(), id: 'dtks-kantor', dateFormat: 'mm/dd/yyyy' };
    wrongShape.sheets.perbaikan.columns[2] = { header: 'X', field: 'nik', computed: 'nomor' };
    await expect(world.api.call('packages.saveTemplate', { template: wrongShape })).rejects.toMatchObject({
      details: { problems: [expect.stringMatching(/^Isian "dateFormat": /), 'Lembar "Perbaikan", kolom 3 ("X"): Isi tepat satu dari "field" (kunci katalog) atau "computed" (kolom hitungan).'] },
    });
    await expect(world.api.call('packages.saveTemplate', { template: dtks() })).rejects.toMatchObject({ message: expect.stringContaining('milik templat bawaan') });
  });

  it('saves an office copy that the export then uses, lists a copy broken in the settings with its problems, and deletes copies', async () => {
    const { batchId } = await frozenBatchOfEveryType(world);
    const copy = dtks();
    copy.id = 'dtks-kantor';
    copy.name = 'DTKS kantor';
    copy.sheets.nonaktif.columns = copy.sheets.nonaktif.columns.filter((c) => c.computed !== 'idUsulan').map((c) => (c.field === 'nik' ? { ...c, header: 'NIK_ART' } : c));
    await signInAs(world.api, 'kepala');
    const saved = await world.api.call('packages.saveTemplate', { template: copy });
    expect(saved.templates.map((entry) => entry.template.id)).toEqual(['dtks-pbdt', 'dtsen-regsosek', 'dtks-kantor']);

    await signInAs(world.api, 'verifikator');
    const result = await world.api.call('packages.export', { batchId, path: join(dir, 'kantor.zip'), templateId: 'dtks-kantor' });
    const entries = await readZip(result.path);
    const header = entries.get('usulan-nonaktif.csv')!.toString('utf8').split('\r\n')[0]!;
    expect(header).toContain('"NIK_ART"');
    expect(header).not.toContain('ID_USULAN');
    expect(JSON.parse(entries.get('templat.json')!.toString())).toEqual(copy);
    expect((await world.api.call('packages.verify', { path: result.path })).ok).toBe(true);

    await withWorkspaceClosed(world, 'verifikator', (db) => {
      const stored = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'paket.templates'").pluck().get() as string);
      stored[0].sheets.bnba.columns[1].computed = 'jenisUsul';
      db.prepare("UPDATE settings SET value = ? WHERE key = 'paket.templates'").run(JSON.stringify(stored));
    });
    const listed = await world.api.call('packages.templates', {});
    expect(listed.broken).toEqual([{ id: 'dtks-kantor', name: 'DTKS kantor', problems: [expect.stringMatching(/^Lembar "BNBA", kolom 2 \("JENIS_USULAN"\) isian "computed": Kolom hitungan tidak dikenal/)] }]);
    await expect(world.api.call('packages.export', { batchId, path: join(dir, 'rusak.zip'), templateId: 'dtks-kantor' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Lembar "BNBA", kolom 2') });

    await signInAs(world.api, 'admin');
    await expect(world.api.call('packages.deleteTemplate', { id: 'dtks-pbdt' })).rejects.toMatchObject({ message: 'Templat bawaan "dtks-pbdt" tidak dapat dihapus.' });
    expect((await world.api.call('packages.deleteTemplate', { id: 'dtks-kantor' })).broken).toEqual([]);
  });

  it('keeps the letterhead in the settings and in the manifest; only district roles export', async () => {
    const { batchId } = await frozenBatchOfEveryType(world);
    const { isDefault, ...defaults } = await world.api.call('packages.letterhead', {});
    expect(isDefault).toBe(true);
    expect(defaults).toMatchObject({ dinas: 'DINAS SOSIAL', kepalaJabatan: 'Kepala Dinas Sosial', instansi: expect.stringMatching(/^PEMERINTAH (KABUPATEN|KOTA) /) });
    const kop = { ...defaults, alamat: 'Jl. Pemuda No. 1', telepon: '(0283) 123456', kota: 'Slawi', kepalaNama: 'Dra. Sri Lestari', kepalaNip: '197001011990032001' };
    await signInAs(world.api, 'kepala');
    expect(await world.api.call('packages.setLetterhead', { letterhead: kop })).toEqual({ ...kop, isDefault: false });
    const result = await world.api.call('packages.export', { batchId, path: join(dir, 'kop.zip') });
    expect(JSON.parse((await readZip(result.path)).get('manifest.json')!.toString()).letterhead).toEqual(kop);

    await signInAs(world.api, 'operator');
    await expect(world.api.call('packages.export', { batchId, path: join(dir, 'desa.zip') })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(world.api.call('packages.verify', { path: result.path })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
