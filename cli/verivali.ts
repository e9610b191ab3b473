import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createClient, ApiError, type ApiClient } from '../core/contract';
import { createBackend } from '../core/server/backend';
import { createInProcessTransport } from '../core/server/transports/in-process';
import { integer, parse, required, UsageError } from './args';
import { batchExport, packageVerify } from './packages';
import { appVersion, defaultDataDir, migrationsDir, regionsDir } from './paths';

const USAGE = `Penggunaan: npm run cli -- <perintah> [opsi]

Perintah:
  demo-data --workspace FILE --kabupaten PP.KK --families N [--seed S] [--defect-rate R]
      Membuat workspace baru berisi kabupaten sintetis (data contoh, bukan data asli).
  info --workspace FILE [--json]
      Menampilkan ringkasan workspace: jumlah keluarga, anggota, versi skema.
  import FILE --workspace DB [--kabupaten PP.KK] [--preset NAMA] [--skip-errors] [--json]
      Mengimpor berkas DTKS/DTSEN (.xlsx, .xls, .csv). Workspace yang belum ada dibuat untuk --kabupaten. Tanpa --skip-errors, berkas dengan baris bermasalah tidak
      mengubah apa pun (kode keluar 1).
  regions-bps FILE --workspace DB [--json]
      Memuat padanan kode desa BPS–Kemendagri (kolom "Kode Kemendagri" dan "Kode BPS") agar berkas
      berkode BPS dapat diimpor.
  validate --workspace DB [--json]
      Memeriksa seluruh data dengan aturan verifikasi (termasuk NIK ganda dan kemungkinan orang
      yang sama dengan NIK berbeda). --json mencetak satu objek: jumlah kesalahan/peringatan per
      aturan dan pasangan kemungkinan ganda [idAnggotaA, idAnggotaB, skor].
  audit-verify --workspace DB [--json]
      Memeriksa rantai hash riwayat perubahan (audit). Kode keluar 1 bila ada entri yang diubah
      atau dihapus; --json mencetak {"ok","entries","firstBroken"}.
  batch export --workspace DB --batch ID --out FILE.zip [--template ID] [--with-evidence] [--json]
      Mengekspor batch penetapan yang sudah dibekukan sebagai paket .zip (templat bawaan dtks-pbdt).
  package verify FILE.zip [--latihan] [--json]
      Memeriksa paket penetapan: manifest, SHA-256 setiap berkas, kode isi batch. Kode keluar 0 hanya
      bila paket utuh; paket latihan dianggap bermasalah kecuali dengan --latihan. --json mencetak
      {"ok","problems"}.
`;

/** Runs one command through the same contract as the app (an in-process transport). */
export async function runCli(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [command, ...rest] = argv;
  const backend = createBackend({ dataDir: defaultDataDir(), migrationsDir, regionsDir, appVersion, validateOutput: true, actAsLocalAdmin: true });
  const api = createClient(createInProcessTransport(backend));
  try {
    if (command === 'demo-data') await demoData(api, rest, out);
    else if (command === 'info') await info(api, rest, out);
    else if (command === 'import') return await importFile(api, rest, out);
    else if (command === 'regions-bps') await regionsBps(api, rest, out);
    else if (command === 'validate') await validate(api, rest, out);
    else if (command === 'audit-verify') return await auditVerify(api, rest, out);
    else if (command === 'batch' && rest[0] === 'export') await batchExport(api, rest.slice(1), out);
    else if (command === 'package' && rest[0] === 'verify') return await packageVerify(rest.slice(1), out);
    else throw new UsageError(command ? `Perintah "${command}" tidak dikenal.` : 'Perintah belum diberikan.');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ApiError) {
      err(`Gagal: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    backend.close();
  }
}

async function demoData(api: ApiClient, args: string[], out: (text: string) => void): Promise<void> {
  const values = parse(args, {
    workspace: { type: 'string' }, kabupaten: { type: 'string' }, families: { type: 'string' }, seed: { type: 'string' }, 'defect-rate': { type: 'string' }, json: { type: 'boolean' },
  });
  const path = resolve(required(values.workspace, '--workspace'));
  const kabupatenCode = required(values.kabupaten, '--kabupaten');
  const families = integer(required(values.families, '--families'), '--families');
  const seed = values.seed === undefined ? 1 : integer(values.seed, '--seed');
  const defectRate = values['defect-rate'] === undefined ? undefined : Number(values['defect-rate']);
  await api.call('workspace.create', { name: `Sintetis ${kabupatenCode} (seed ${seed})`, kabupatenCode, path });
  const result = await api.call('workspace.generateDemoData', { families, seed, defectRate });
  if (values.json) out(JSON.stringify({ workspace: path, ...result }));
  else out(`Workspace ${path}: ${result.families} keluarga, ${result.members} anggota, ${result.defects} cacat sengaja (${(result.ms / 1000).toFixed(1)} dtk).`);
}

async function info(api: ApiClient, args: string[], out: (text: string) => void): Promise<void> {
  const values = parse(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  const workspace = await api.call('workspace.open', { path: resolve(required(values.workspace, '--workspace')) });
  if (values.json) {
    out(JSON.stringify({ name: workspace.name, kabupatenCode: workspace.kabupatenCode, kabupatenName: workspace.kabupatenName, families: workspace.families, members: workspace.members, schemaVersion: workspace.schemaVersion }));
  } else {
    out(`${workspace.name} — ${workspace.kabupatenName}\nKeluarga: ${workspace.families}\nAnggota: ${workspace.members}\nVersi skema: ${workspace.schemaVersion}`);
  }
}

async function importFile(api: ApiClient, args: string[], out: (text: string) => void): Promise<number> {
  const [file, ...rest] = args;
  if (!file || file.startsWith('--')) throw new UsageError('Berkas yang akan diimpor belum diberikan.');
  const values = parse(rest, { workspace: { type: 'string' }, kabupaten: { type: 'string' }, preset: { type: 'string' }, 'skip-errors': { type: 'boolean' }, json: { type: 'boolean' } });
  const path = resolve(required(values.workspace, '--workspace'));
  if (existsSync(path)) await api.call('workspace.open', { path });
  else if (values.kabupaten) await api.call('workspace.create', { name: basename(path).replace(/\.verivali$/, ''), kabupatenCode: values.kabupaten, path });
  else throw new UsageError(`Workspace ${basename(path)} belum ada: sebutkan --kabupaten (contoh 33.28) untuk membuatnya.`);
  const stopProgress = api.on('job.progress', (event) => process.stderr.write(`Mengimpor: ${event.done.toLocaleString('id-ID')} baris (${(event.rowsPerSecond ?? 0).toLocaleString('id-ID')} baris/detik)\n`));
  const summary = await api.call('import.run', { path: resolve(file), skipErrors: Boolean(values['skip-errors']), presetName: values.preset });
  stopProgress();
  const result = { new: summary.new, updated: summary.updated, unchanged: summary.unchanged, rejected: summary.rejected, applied: summary.applied,
    conflicts: summary.conflicts.length, layout: summary.layout, importId: summary.importId, errorCount: summary.errorCount,
    errors: summary.errors.map(({ sheet, row, column, value, message }) => ({ sheet, row, column, value, message })) };
  if (values.json) out(JSON.stringify(result));
  else {
    out(`${summary.fileName} (${summary.layout}): ${summary.new} baru, ${summary.updated} diperbarui, ${summary.unchanged} tidak berubah, ${summary.rejected} ditolak.`);
    for (const error of summary.errors.slice(0, 20)) out(`  ${error.sheet} baris ${error.row}, kolom ${error.column}: ${error.message}`);
    if (!summary.applied) out('Tidak ada yang diubah: perbaiki baris di atas atau gunakan --skip-errors.');
  }
  return summary.applied ? 0 : 1;
}

async function regionsBps(api: ApiClient, args: string[], out: (text: string) => void): Promise<void> {
  const [file, ...rest] = args;
  if (!file || file.startsWith('--')) throw new UsageError('Berkas padanan kode BPS belum diberikan.');
  const values = parse(rest, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  await api.call('workspace.open', { path: resolve(required(values.workspace, '--workspace')) });
  const result = await api.call('regions.importBpsCodes', { path: resolve(file) });
  if (values.json) out(JSON.stringify(result));
  else {
    out(`${result.updated} kode BPS desa dimuat.`);
    for (const problem of result.problems.slice(0, 20)) out(`  baris ${problem.row}, kolom ${problem.column}: ${problem.message}`);
  }
}

async function validate(api: ApiClient, args: string[], out: (text: string) => void): Promise<void> {
  const values = parse(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  await api.call('workspace.open', { path: resolve(required(values.workspace, '--workspace')) });
  const stopProgress = values.json ? () => undefined : api.on('job.progress', (event) => process.stderr.write(`Memeriksa: ${event.done.toLocaleString('id-ID')} dari ${event.total.toLocaleString('id-ID')} keluarga\n`));
  const result = await api.call('validation.run', {});
  stopProgress();
  if (values.json) {
    out(JSON.stringify({ rules: result.rules, duplicates: result.duplicates }));
    return;
  }
  out(`Pemeriksaan selesai dalam ${(result.ms / 1000).toFixed(1)} dtk: ${result.errors} kesalahan, ${result.warnings} peringatan, ${result.duplicates.length} pasangan kemungkinan ganda.`);
  for (const [ruleId, counts] of Object.entries(result.rules)) {
    if (counts.errors + counts.warnings > 0) out(`  ${ruleId}: ${counts.errors} kesalahan, ${counts.warnings} peringatan`);
  }
}

async function auditVerify(api: ApiClient, args: string[], out: (text: string) => void): Promise<number> {
  const values = parse(args, { workspace: { type: 'string' }, json: { type: 'boolean' } });
  await api.call('workspace.open', { path: resolve(required(values.workspace, '--workspace')) });
  const result = await api.call('audit.verify', {});
  if (values.json) out(JSON.stringify(result));
  else if (result.ok) out(`Rantai riwayat perubahan utuh: ${result.entries.toLocaleString('id-ID')} entri.`);
  else out(`Rantai riwayat perubahan RUSAK mulai entri ${result.firstBroken!.id} (${result.firstBroken!.at}): entri ini atau entri sebelumnya telah diubah atau dihapus.`);
  return result.ok ? 0 : 1;
}
