import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FrozenBatch } from '../../core/contract/batches';
import { TYPE_LABELS } from '../../core/domain/proposal-labels';
import { loadFrozenBatch } from '../../core/server/batches/load';
import { withWorkspaceClosed } from '../support/batches';
import { FORMULA_ADDRESS, frozenBatchOfEveryType, readZip } from '../support/packages';
import { useProposalWorld, type ProposalWorld } from '../support/proposals';

let world: ProposalWorld;
let dir: string;
useProposalWorld((ready, tempDir) => ((world = ready), (dir = tempDir)));

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** The demo district (Jawa Tengah) keeps WIB, UTC+7: the date an approval time has there. */
const wibDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);

/** The sheet as exceljs reads it: header texts, then each row as header → text (numbers as their digits). */
async function xlsxTable(bytes: Buffer): Promise<{ headers: string[]; rows: Record<string, string>[]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)])));
  });
  return { headers, rows, sheet };
}

/** The csv twin as papaparse reads it (BOM, `;`), with the formula guard (a leading apostrophe) taken off again. */
function csvTable(bytes: Buffer): { headers: string[]; rows: Record<string, string>[]; raw: string[][] } {
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [headers, ...raw] = parsed.data;
  const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  return { headers: headers!, raw, rows: raw.map((cells) => Object.fromEntries(headers!.map((header, i) => [header, unguard(cells[i] ?? '')]))) };
}

async function exportAndRead(batchId: number, name: string, extra: { templateId?: string; withEvidence?: boolean } = {}) {
  const path = join(dir, name);
  const result = await world.api.call('packages.export', { batchId, path, ...extra });
  return { result, path, entries: await readZip(path) };
}

function frozen(batchId: number): Promise<FrozenBatch> {
  return withWorkspaceClosed(world, 'verifikator', (db) => loadFrozenBatch(db, batchId));
}

describe('exporting a frozen batch', () => {
  it('writes every sheet as xlsx and csv that an independent reader finds equal to the frozen batch in the database', async () => {
    const { batchId, contentHash } = await frozenBatchOfEveryType(world);
    const { result, entries } = await exportAndRead(batchId, 'paket.zip', { withEvidence: true });
    const batch = await frozen(batchId);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));

    expect([...entries.keys()][0]).toBe('manifest.json');
    expect(manifest).toMatchObject({ format: 'verivali-paket-penetapan', formatVersion: 1, latihan: false, exportedBy: 'Uji verifikator', exportedAt: batch.frozenAt, withEvidence: true });
    expect(manifest.batch).toMatchObject({ id: batchId, contentHash, auditAnchor: batch.auditAnchor, frozenBy: batch.frozenBy, frozenAt: batch.frozenAt, period: batch.period });
    const detail = await world.api.call('batches.get', { id: batchId });
    expect(manifest.counts.perType).toEqual(detail.counts);
    expect(manifest.counts.perDesa.map((d: { desaCode: string; total: number }) => [d.desaCode, d.total])).toEqual(detail.perDesa.map((d) => [d.desaCode, d.total]));
    // Every file is listed with its SHA-256 and size, and nothing else is in the zip.
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([...entries.keys()].filter((name) => name !== 'manifest.json').sort());
    for (const file of manifest.files) expect({ path: file.path, sha256: sha(entries.get(file.path)!), size: entries.get(file.path)!.length }).toEqual(file);
    expect(result).toMatchObject({ files: entries.size, proposals: batch.items.length, sha256: sha(readFileSync(join(dir, 'paket.zip'))) });

    const tables: Record<string, Record<string, string>[]> = {};
    for (const name of ['usulan-baru', 'usulan-perbaikan', 'usulan-nonaktif', 'usulan-reaktivasi', 'bnba']) {
      const xlsx = await xlsxTable(entries.get(`${name}.xlsx`)!);
      const csv = csvTable(entries.get(`${name}.csv`)!);
      expect(csv.headers).toEqual(xlsx.headers);
      expect(csv.rows).toEqual(xlsx.rows);
      // A second reader (SheetJS) places every cell, also those written without their reference, the same way.
      const sheetjs = XLSX.read(entries.get(`${name}.xlsx`)!, { type: 'buffer' });
      const grid = XLSX.utils.sheet_to_json<string[]>(sheetjs.Sheets[sheetjs.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
      expect(grid).toEqual([xlsx.headers, ...xlsx.rows.map((row) => xlsx.headers.map((header) => row[header]))]);
      expect(manifest.counts.rows[name]).toBe(xlsx.rows.length);
      tables[name] = xlsx.rows;
    }

    const of = (type: string) => batch.items.filter((item) => item.type === type);
    const baruRows = of('baru').flatMap((item) => item.members.map((member) => ({ item, member })));
    expect(tables['usulan-baru']).toHaveLength(baruRows.length);
    baruRows.forEach(({ item, member }, i) => {
      expect(tables['usulan-baru']![i]).toMatchObject({
        NO: String(i + 1), NIK: member.nik, Nama: member.nama, NoKK: item.family.noKk, JnsKel: member.jenisKelamin, TglLahir: ddmmyyyy(member.tanggalLahir!),
        KDKAB: batch.kabupatenCode, KDDESA: item.desaCode, DESA: item.desaName, ID_USULAN: String(item.proposalId),
        TGL_DISAHKAN: ddmmyyyy(wibDay(item.approvedAt)),
      });
    });
    const perbaikan = of('perbaikan')[0]!;
    const change = perbaikan.changes.find((c) => c.field === 'alamat')!;
    expect(tables['usulan-perbaikan']).toContainEqual(expect.objectContaining({ NoKK: perbaikan.family.noKk, KOLOM: 'alamat', NAMA_KOLOM: 'Alamat', NILAI_LAMA: change.oldValue, NILAI_BARU: FORMULA_ADDRESS, DATA: 'keluarga' }));
    const nonaktif = of('nonaktif')[0]!;
    expect(tables['usulan-nonaktif']).toEqual([expect.objectContaining({ NIK: nonaktif.members[0]!.nik, NoKK: nonaktif.family.noKk, ALASAN_NONAKTIF: 'Meninggal' })]);
    const reaktivasi = of('reaktivasi')[0]!;
    expect(tables['usulan-reaktivasi']).toEqual([expect.objectContaining({ NIK: reaktivasi.members[0]!.nik, KDDESA: reaktivasi.desaCode })]);
    // BNBA: every member of every proposal (a proposal without members: one row for its family), in batch order.
    const bnba = batch.items.flatMap((item) => (item.members.length ? item.members : [null]).map((member) => [TYPE_LABELS[item.type], item.family.noKk, member?.nik ?? '']));
    expect(tables.bnba!.map((row) => [row.JENIS_USULAN, row.NoKK, row.NIK])).toEqual(bnba);

    // The evidence the batch froze, byte for byte.
    const evidence = [...entries.keys()].filter((name) => name.startsWith('evidence/'));
    const frozenEvidence = [...batch.desaEvidence, ...batch.items.flatMap((item) => item.evidence)];
    expect(evidence).toHaveLength(new Set(frozenEvidence.map((e) => e.evidenceId)).size);
    for (const name of evidence) expect(frozenEvidence.map((e) => e.sha256)).toContain(sha(entries.get(name)!));
  });

  it('keeps NIK, No KK and IDs as text cells, and neutralises values that a spreadsheet would run as formulas', async () => {
    const { batchId } = await frozenBatchOfEveryType(world);
    const { entries } = await exportAndRead(batchId, 'paket.zip');
    const baru = await xlsxTable(entries.get('usulan-baru.xlsx')!);
    const nik = baru.sheet.getRow(2).getCell(baru.headers.indexOf('NIK') + 1);
    expect(nik.type).toBe(ExcelJS.ValueType.String);
    expect(nik.numFmt).toBe('@');
    expect(baru.sheet.getRow(2).getCell(baru.headers.indexOf('NoKK') + 1).type).toBe(ExcelJS.ValueType.String);

    const perbaikan = await xlsxTable(entries.get('usulan-perbaikan.xlsx')!);
    const row = perbaikan.rows.findIndex((r) => r.NILAI_BARU === FORMULA_ADDRESS);
    const cell = perbaikan.sheet.getRow(row + 2).getCell(perbaikan.headers.indexOf('NILAI_BARU') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    // The value is unchanged; the cell carries Excel's own mark of a text typed with a leading apostrophe (style 3).
    const parts = await readZipBuffer(entries.get('usulan-perbaikan.xlsx')!);
    const sheetXml = parts.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheetXml).toMatch(/<c( r="[A-Z]+\d+")? t="inlineStr" s="3"><is><t>=HYPERLINK\("http:\/\/contoh\.invalid","klik"\)<\/t><\/is><\/c>/);
    expect(sheetXml).not.toContain('<f>');
    expect(parts.get('xl/styles.xml')!.toString('utf8')).toMatch(/<cellXfs count="4">(<xf [^>]*\/>){3}<xf [^>]*quotePrefix="1"\/><\/cellXfs>/);

    const csv = csvTable(entries.get('usulan-perbaikan.csv')!);
    expect(csv.raw.flat()).toContain(`'${FORMULA_ADDRESS}`);
    expect(csv.raw.flat()).not.toContain(FORMULA_ADDRESS);
    expect(csvTable(entries.get('bnba.csv')!).raw.flat()).toContain("'@ISTRI BARU");
  });

  it('gives byte-identical files and zip when the same batch is exported twice; only a stated export time changes the manifest', async () => {
    const { batchId } = await frozenBatchOfEveryType(world);
    const first = await exportAndRead(batchId, 'satu.zip');
    const second = await exportAndRead(batchId, 'dua.zip');
    expect(readFileSync(second.path).equals(readFileSync(first.path))).toBe(true);
    expect(second.result.sha256).toBe(first.result.sha256);

    const later = await world.api.call('packages.export', { batchId, path: join(dir, 'tiga.zip'), exportedAt: '2030-01-02T03:04:05.000Z' });
    const third = await readZip(later.path);
    expect(later.sha256).not.toBe(first.result.sha256);
    for (const [name, bytes] of first.entries) if (name !== 'manifest.json') expect(third.get(name)!.equals(bytes)).toBe(true);
    expect(JSON.parse(third.get('manifest.json')!.toString()).exportedAt).toBe('2030-01-02T03:04:05.000Z');
  });

  it('writes the DTSEN template with Regsosek 2022-K question numbers and ISO dates', async () => {
    const { batchId } = await frozenBatchOfEveryType(world);
    const { entries } = await exportAndRead(batchId, 'dtsen.zip', { templateId: 'dtsen-regsosek' });
    const batch = await frozen(batchId);
    const baru = await xlsxTable(entries.get('usulan-baru.xlsx')!);
    expect(baru.headers).toEqual(expect.arrayContaining(['101. Provinsi', '104. Desa/kelurahan', '114. Nomor KK', '402. Nama', '403. NIK', '406. Tanggal lahir', '409. Hubungan dengan kepala keluarga']));
    const member = batch.items.find((item) => item.type === 'baru')!.members[0]!;
    expect(baru.rows[0]).toMatchObject({ '403. NIK': member.nik, '406. Tanggal lahir': member.tanggalLahir, '409. Hubungan dengan kepala keluarga': member.hubunganKeluarga });
    const bnba = csvTable(entries.get('bnba.csv')!);
    expect(bnba.rows.find((row) => row['403. NIK'] === member.nik)).toMatchObject({ '405. Jenis kelamin': 'Laki-laki', '409. Hubungan dengan kepala keluarga': 'Kepala keluarga' });
    expect(JSON.parse(entries.get('manifest.json')!.toString()).template).toEqual({ id: 'dtsen-regsosek', name: 'DTSEN (penomoran Regsosek 2022-K)', vocabulary: 'dtsen' });
  });

  it('leaves nothing under the target name when the export fails; a finished export reports progress and is audited', async () => {
    const { batchId } = await frozenBatchOfEveryType(world);
    await withWorkspaceClosed(world, 'verifikator', (db) => db.prepare("UPDATE evidence_files SET content = x'00' WHERE kind = 'kk'").run());
    await expect(world.api.call('packages.export', { batchId, path: join(dir, 'gagal.zip'), withEvidence: true }))
      .rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/berkas bukti "kk\.pdf".*berubah sejak batch dibekukan/) });
    expect(existsSync(join(dir, 'gagal.zip'))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('sementara'))).toEqual([]);
    await expect(world.api.call('packages.export', { batchId, path: join(dir, 'tidak-ada', 'paket.zip') })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('tidak ada') });

    const progress: unknown[] = [];
    const stop = world.api.on('job.progress', (event) => progress.push(event));
    const done = await world.api.call('packages.export', { batchId, path: join(dir, 'jadi.zip') });
    stop();
    expect(progress.at(-1)).toEqual({ job: expect.stringMatching(/^export-/), label: expect.stringMatching(/^Ekspor paket /), done: 4, total: 4 });
    const history = await withWorkspaceClosed(world, 'admin', (db) =>
      db.prepare("SELECT action, entity, entity_id AS entityId, new_value AS newValue FROM audit_log WHERE action = 'batch-export'").all() as { entityId: number; newValue: string }[]);
    expect(history).toEqual([expect.objectContaining({ entity: 'batch', entityId: batchId })]);
    expect(JSON.parse(history[0]!.newValue)).toMatchObject({ file: 'jadi.zip', sha256: done.sha256, templateId: 'dtks-pbdt' });
  });
});

async function readZipBuffer(bytes: Buffer): Promise<Map<string, Buffer>> {
  const path = join(dir, `xlsx-${sha(bytes).slice(0, 8)}.zip`);
  writeFileSync(path, bytes);
  return readZip(path);
}
