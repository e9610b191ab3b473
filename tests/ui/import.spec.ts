import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeCsv, writeXlsx } from '../support/spreadsheets';
import { expect, familyCell, memberCell, setUpAdministrator, test } from './fixtures';

// Kab. Tegal, kecamatan Margasari (33.28.01): desa 2001 Prupuk Selatan, 2002 Kaligayam, 2006 Jembayat.
const FAMILY_HEADER = ['IDBDT', 'NoKK', 'Alamat', 'RT', 'RW', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA'];
const familyRows = (address: string) => [
  FAMILY_HEADER,
  ['33280120010000001', '3328011203150004', address, '001', '002', '33', '28', '01', '2001'],
  ['33280120020000002', '3328010101160001', 'Gg. Merdeka IV No. 18', '004', '001', '33', '28', '01', '2002'],
];
const MEMBER_SHEET = [
  ['NoKK', 'NIK', 'Nama', 'JnsKel', 'TglLahir', 'Hubkel'],
  ['3328011203150004', '3328010507780002', 'Slamet Riyadi', '1', '05/07/1978', '1'],
  ['3328011203150004', '3328014812800001', "Siti Mu'awanah", '2', '08/12/1980', '2'],
  ['3328010101160001', '3328011102900003', 'Ahmad Muzakki Hakim', '1', '11/02/1990', '1'],
];

const CSV_HEADER = ['IDBDT', 'NoKK', 'NIK', 'Nama Lengkap Anggota', 'JnsKel', 'TglLahir', 'Hubkel', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA', 'Alamat'];
const csvRows = (thirdNik: string) => [
  CSV_HEADER,
  ['33280120060000011', '3328010203170002', '3328012304850001', 'Warsito', '1', '23/04/1985', '1', '33', '28', '01', '2006', 'Dukuh Pesantren'],
  ['33280120060000011', '3328010203170002', '3328016109880002', 'Rokhayah', '2', '21/09/1988', '2', '33', '28', '01', '2006', 'Dukuh Pesantren'],
  ['33280120060000012', '3328010304180005', thirdNik, 'Tarsono', '1', '14/01/1979', '1', '33', '28', '01', '2006', 'Dukuh Sawah'],
];

test.describe.configure({ timeout: 120_000 });

async function createTegalWorkspace(page: Page, name: string): Promise<void> {
  await page.getByLabel('Nama workspace').fill(name);
  await page.getByLabel('Provinsi').selectOption('33');
  await expect(page.getByLabel('Kabupaten/kota')).toBeEnabled();
  await page.getByLabel('Kabupaten/kota').selectOption('33.28');
  await page.getByRole('button', { name: 'Buat workspace' }).click();
  await setUpAdministrator(page);
  await expect(page.locator('.row-count')).toHaveText('0 keluarga');
}

/** Header button → path field → preview: lands on the mapping step. */
async function openInWizard(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Impor data' }).click();
  await page.getByLabel('Lokasi berkas (xlsx, xls, csv)').fill(path);
  await page.getByRole('button', { name: 'Baca berkas' }).click();
  await expect(page.getByRole('heading', { name: /^Lembar "/ }).first()).toBeVisible();
}

const count = (page: Page, label: string) =>
  page
    .locator('.counts .count')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

test('imports a Keluarga/Anggota workbook into a new workspace, shows it in the grid, and resolves a conflict', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'verivali-import-ui-'));
  try {
    await writeXlsx(join(dir, 'dtks-margasari.xlsx'), [
      { name: 'Keluarga', rows: familyRows('Dukuh Krajan') },
      { name: 'Anggota', rows: MEMBER_SHEET },
    ]);
    await createTegalWorkspace(page, 'Impor Tegal');
    await openInWizard(page, join(dir, 'dtks-margasari.xlsx'));

    await expect(page.locator('.facts')).toContainText('Keluarga+Anggota');
    await expect(page.getByLabel('Versi kuesioner').locator('option:checked')).toHaveText('PBDT 2015 (DTKS) (terdeteksi)');
    const anggota = page.getByRole('region', { name: 'Lembar "Anggota"' });
    await expect(anggota.getByRole('row').filter({ hasText: 'TglLahir' })).toContainText('1978-07-05');
    await expect(anggota.getByRole('combobox', { name: 'Dipetakan ke (kolom C)' })).toHaveText('Nama nama');
    await expect(page.locator('.problem-list')).toHaveCount(0);

    // A sheet can be left out and taken back, with its recognised mapping restored.
    await anggota.getByLabel('Impor lembar ini').click();
    await expect(page.locator('.facts')).toContainText('Keluarga');
    await expect(page.locator('.facts')).not.toContainText('Keluarga+Anggota');
    await expect(anggota.getByRole('combobox', { name: 'Dipetakan ke (kolom C)' })).toHaveText('— abaikan —');
    await expect(anggota.getByLabel('Impor lembar ini')).not.toBeChecked();
    await anggota.getByLabel('Impor lembar ini').click();
    await expect(page.locator('.facts')).toContainText('Keluarga+Anggota');
    await expect(anggota.getByRole('combobox', { name: 'Dipetakan ke (kolom C)' })).toHaveText('Nama nama');

    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect(page.getByText('Impor selesai: perubahan disimpan ke workspace.')).toBeVisible();
    await expect(count(page, 'Baru')).toHaveText('5');
    await expect(count(page, 'Ditolak')).toHaveText('0');
    await expect(page.locator('.workspace-counts')).toHaveText('2 keluarga · 3 anggota');

    await page.getByRole('button', { name: 'Lihat data' }).click();
    await expect(page.locator('.row-count')).toHaveText('2 keluarga');
    await page.getByRole('combobox', { name: 'Kecamatan', exact: true }).selectOption({ label: 'Margasari' });
    await page.getByRole('combobox', { name: 'Desa/kelurahan' }).selectOption({ label: 'Prupuk Selatan' });
    await expect(page.locator('.row-count')).toHaveText('1 keluarga');
    await expect(familyCell(page, 0, 'noKk')).toHaveText('3328011203150004');
    await expect(familyCell(page, 0, 'namaKepalaKeluarga')).toHaveText('Slamet Riyadi');
    await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
    await expect(page.locator('.row-count')).toHaveText('2 anggota');
    await expect(memberCell(page, 0, 'nama')).toHaveText('Slamet Riyadi');
    await expect(memberCell(page, 0, 'tanggalLahir')).toHaveText('05/07/1978');
    await expect(memberCell(page, 1, 'nama')).toHaveText("Siti Mu'awanah");

    // A local edit, then a newer file changing the same field: the wizard asks which value to keep.
    await page.getByRole('tab', { name: 'Keluarga', exact: true }).click();
    await familyCell(page, 0, 'alamat').dblclick();
    await page.locator('.cell-editor-input').fill('Jl. Lokal No. 1');
    await page.keyboard.press('Enter');
    await expect(familyCell(page, 0, 'alamat')).toHaveText('Jl. Lokal No. 1');
    await writeXlsx(join(dir, 'dtks-margasari-v2.xlsx'), [
      { name: 'Keluarga', rows: familyRows('Dukuh Krajan Lor') },
      { name: 'Anggota', rows: MEMBER_SHEET },
    ]);
    await openInWizard(page, join(dir, 'dtks-margasari-v2.xlsx'));
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    const conflicts = page.getByRole('region', { name: 'Konflik dengan perubahan lokal (1)' });
    const conflict = conflicts.getByRole('row').filter({ hasText: 'Alamat' });
    await expect(conflict).toContainText('Jl. Lokal No. 1');
    await expect(conflict).toContainText('Dukuh Krajan Lor');
    await conflict.getByRole('button', { name: 'Pakai nilai berkas' }).click();
    await expect(conflict).toContainText('Nilai berkas dipakai');
    await page.getByRole('button', { name: 'Lihat data' }).click();
    await expect(page.locator('.row-count')).toHaveText('2 keluarga');
    await expect(page.locator('.data-grid .ag-row').filter({ hasText: '3328011203150004' })).toContainText('Dukuh Krajan Lor');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('maps an unknown column by hand, refuses a mangled NIK, imports with skip-errors, saves the report and lists the history', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'verivali-import-ui-'));
  try {
    const csv = join(dir, 'ekspor-desa-jembayat.csv');
    writeCsv(csv, csvRows('3.32801E+15'), { delimiter: ';' });
    await createTegalWorkspace(page, 'Impor CSV');
    await openInWizard(page, csv);

    // Without a Nama column the member sheet cannot be imported: the problem is shown and the run disabled.
    await expect(page.locator('.problem-list')).toContainText('Kolom wajib "Nama" tidak ditemukan');
    await expect(page.getByRole('button', { name: 'Mulai impor' })).toBeDisabled();
    const picker = page.getByRole('combobox', { name: 'Dipetakan ke (kolom D)' });
    await expect(picker).toHaveText('— abaikan —');
    await picker.click();
    await page.getByLabel('Cari nama kolom, kunci atau judul lama...').fill('nama');
    await page.locator('.picker-entities').getByRole('button', { name: 'Anggota' }).click();
    await expect(page.locator('.value.error')).toContainText('sudah dirusak Excel');
    await page.screenshot({ path: 'docs/images/impor-pemetaan.png' });
    await page.getByRole('option', { name: 'Nama nama', exact: true }).click();
    await expect(picker).toHaveText('Nama nama');
    await expect(page.getByRole('row').filter({ hasText: 'Nama Lengkap Anggota' })).toContainText('dipilih manual');
    await expect(page.getByRole('row').filter({ hasText: 'TglLahir' })).toContainText('nama lain');
    await expect(page.locator('.problem-list')).toHaveCount(0);
    const nikRow = page.getByRole('row').filter({ hasText: 'NIK' }).first();
    await expect(nikRow.locator('.value.error')).toContainText('sudah dirusak Excel');

    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect(page.locator('.banner.refused')).toContainText('Tidak ada yang diubah');
    const errorRow = page.locator('.errors-grid .ag-row[row-index="0"]');
    await expect(errorRow.locator('[col-id="row"]')).toHaveText('4');
    await expect(errorRow.locator('[col-id="column"]')).toHaveText('C (NIK)');
    await expect(errorRow.locator('[col-id="message"]')).toContainText('NIK "3.32801E+15" sudah dirusak Excel (notasi ilmiah)');
    await expect(page.locator('.workspace-counts')).toHaveText('0 keluarga · 0 anggota');

    await page.getByRole('button', { name: 'Kembali ke pemetaan' }).click();
    await expect(page.getByRole('combobox', { name: 'Dipetakan ke (kolom D)' })).toHaveText('Nama nama');
    await page.getByLabel('Lewati baris yang bermasalah').check();
    await page.getByLabel('Simpan pemetaan sebagai preset').check();
    await page.getByLabel('Nama preset').fill('Ekspor desa');
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect(page.locator('.banner.success')).toBeVisible();
    await expect(count(page, 'Baru')).toHaveText('2');
    await expect(count(page, 'Ditolak')).toHaveText('1');
    await expect(page.locator('.errors-grid .ag-row[row-index="0"] [col-id="row"]')).toHaveText('4');
    await expect(page.locator('.workspace-counts')).toHaveText('1 keluarga · 2 anggota');

    const report = join(dir, 'laporan-impor.csv');
    await page.getByLabel('Format').selectOption('csv');
    await page.getByLabel('Lokasi berkas laporan').fill(report);
    await page.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect(page.locator('.saved')).toContainText('(1 baris)');
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('sudah dirusak Excel (notasi ilmiah)');
    await page.screenshot({ path: 'docs/images/impor-hasil.png' });

    // The corrected file has the same headers: the saved preset maps "Nama Lengkap Anggota" by itself.
    const fixed = join(dir, 'ekspor-desa-jembayat-perbaikan.csv');
    writeCsv(fixed, csvRows('3328011401790003'), { delimiter: ';' });
    await page.getByRole('button', { name: 'Impor berkas lain' }).click();
    await page.getByLabel('Lokasi berkas (xlsx, xls, csv)').fill(fixed);
    await page.getByRole('button', { name: 'Baca berkas' }).click();
    await expect(page.getByLabel('Preset pemetaan')).toHaveValue('Ekspor desa');
    await expect(page.getByRole('combobox', { name: 'Dipetakan ke (kolom D)' })).toHaveText('Nama nama');
    await expect(page.getByRole('row').filter({ hasText: 'Nama Lengkap Anggota' })).toContainText('dari preset');
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect(count(page, 'Baru')).toHaveText('1');
    await expect(count(page, 'Tidak berubah')).toHaveText('2');

    await page.getByRole('tab', { name: 'Riwayat impor' }).click();
    const rows = page.getByRole('region', { name: 'Riwayat impor' }).locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('ekspor-desa-jembayat-perbaikan.csv');
    await expect(rows.nth(1)).toContainText('ekspor-desa-jembayat.csv');
    await expect(rows.nth(1)).toContainText('Anggota (satu baris per orang)');
    await expect(rows.nth(1).locator('td').nth(3)).toHaveText(/^[0-9a-f]{12}$/);
    await expect(rows.nth(1).locator('td.num')).toHaveText(['2', '0', '0', '1', '0']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('shows progress of a long import and cancels it without changing the workspace', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'verivali-import-ui-'));
  try {
    // 150 000 members, three per family: long enough (several seconds) to see progress and cancel.
    const rows = [['NoKK', 'NIK', 'Nama', 'JnsKel', 'TglLahir', 'Hubkel', 'KDPROP', 'KDKAB', 'KDKEC', 'KDDESA']];
    for (let i = 0; i < 150_000; i++) {
      const day = String((Math.floor(i / 9000) % 28) + 1).padStart(2, '0');
      const nik = `33280${1 + (i % 9)}${day}0580${String((i % 9000) + 1).padStart(4, '0')}`;
      const noKk = `332801${String(1_000_000_000 + Math.floor(i / 3)).slice(0, 10)}`;
      rows.push([noKk, nik, `Warga ${i + 1}`, '1', `${day}/05/1980`, i % 3 === 0 ? '1' : '4', '33', '28', '01', '2001']);
    }
    const csv = join(dir, 'besar.csv');
    writeCsv(csv, rows, { delimiter: ';' });
    await createTegalWorkspace(page, 'Impor besar');
    await openInWizard(page, csv);
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect(page.locator('.progress-text')).toContainText(/baris diproses · [\d.]+ baris\/detik/);
    await page.getByRole('button', { name: 'Batalkan' }).click();
    await expect(page.getByRole('alert')).toContainText('Impor "besar.csv" dibatalkan. Workspace tidak diubah.');
    await expect(page.getByRole('button', { name: 'Mulai impor' })).toBeEnabled();
    await expect(page.locator('.workspace-counts')).toHaveText('0 keluarga · 0 anggota');
    await page.getByRole('tab', { name: 'Riwayat impor' }).click();
    await expect(page.getByText('Belum ada impor di workspace ini.')).toBeVisible();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
