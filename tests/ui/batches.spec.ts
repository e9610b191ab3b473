import type { Page } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { approvedNonaktif, approvedPerbaikan, wibDate } from '../support/batches';
import { othersOf } from '../support/family-ops';
import { PASSWORD, startProposalWorld } from '../support/proposal-world';
import { expect, test } from './fixtures';

/**
 * A supervisor's stipulation round in Chromium: a workspace with two approved proposals (seeded through the
 * real backend), the verifier creates and checks the batch, the kepala OPD freezes it, the package is
 * exported and verified, and a package with one changed byte is reported as tampered.
 */

let dir: string;
let workspacePath: string;

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verivali-batch-ui-'));
  const world = await startProposalWorld(join(dir, 'seed'));
  const { api, family, otherFamily, desa, otherDesa } = world;
  await approvedNonaktif(world, 'operator', desa, family.family.id, othersOf(family)[0]!);
  await approvedPerbaikan(world, 'operator2', otherDesa, otherFamily.family.id, 'Jl. Penetapan No. 7');
  workspacePath = (await api.call('workspace.info', {}))!.path;
  await api.call('workspace.close', {});
  world.app.close();
});

test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function signIn(page: Page, username: string) {
  const header = page.locator('.header-user');
  if (await header.isVisible()) await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  const login = page.getByRole('region', { name: 'Masuk' });
  await login.getByLabel('Nama pengguna').fill(username);
  await login.getByLabel('Kata sandi').fill(PASSWORD);
  await login.getByRole('button', { name: 'Masuk' }).click();
  await expect(header).toContainText(`Uji ${username}`);
}

const batches = (page: Page) => page.getByRole('table', { name: 'Batch penetapan' });
const detail = (page: Page) => page.locator('article.batch-detail');

test('verifier builds and checks a batch, kepala OPD freezes it, the package is exported and verified', async ({ page }) => {
  test.setTimeout(120_000);
  await page.getByLabel('Lokasi file workspace').fill(workspacePath);
  await page.getByRole('button', { name: 'Buka', exact: true }).click();
  await expect(page.locator('.header-user')).toBeVisible({ timeout: 30_000 });
  await signIn(page, 'verifikator');
  await page.getByRole('button', { name: 'Penetapan', exact: true }).click();

  const form = page.getByRole('form', { name: 'Batch baru' });
  await page.getByRole('button', { name: 'Batch baru' }).click();
  await form.getByLabel('Periode (bulan)').fill(wibDate().slice(0, 7));
  await form.getByLabel('Tanggal batas (opsional)').fill(wibDate());
  await form.getByRole('button', { name: 'Buat batch' }).click();
  await expect(detail(page).getByLabel('Jumlah per jenis')).toContainText('Jumlah: 2');
  await expect(detail(page).getByRole('table', { name: 'Jumlah usulan per desa dan jenis' })).toContainText('Nonaktif');

  await detail(page).getByRole('button', { name: 'Periksa batch' }).click();
  const report = page.getByRole('region', { name: 'Laporan pemeriksaan batch' });
  await expect(report.getByRole('status')).toContainText('Tidak ada masalah yang menghalangi');
  await expect(detail(page).getByRole('button', { name: 'Bekukan batch' })).toHaveCount(0);
  await page.screenshot({ path: 'docs/images/penetapan-periksa.png' });

  await signIn(page, 'kepala');
  await page.getByRole('button', { name: 'Penetapan', exact: true }).click();
  await batches(page).getByRole('row').nth(1).click();
  await detail(page).getByRole('button', { name: 'Periksa batch' }).click();
  await expect(report.getByRole('status')).toContainText('Tidak ada masalah');
  await detail(page).getByRole('button', { name: 'Bekukan batch' }).click();
  await expect(detail(page).locator('.batch-status')).toHaveText('Dibekukan');
  await expect(detail(page)).toContainText('Hash isi');

  const zip = join(dir, 'paket.zip');
  const exporter = detail(page).getByRole('region', { name: 'Ekspor paket' });
  await exporter.getByLabel('Simpan ke (path berkas .zip)').fill(zip);
  await exporter.getByRole('button', { name: 'Ekspor paket' }).click();
  await expect(exporter.getByRole('status')).toContainText('Paket tersimpan', { timeout: 30_000 });
  await page.screenshot({ path: 'docs/images/penetapan-paket.png' });

  await page.getByRole('button', { name: 'Periksa paket' }).click();
  const verifier = page.getByRole('region', { name: 'Periksa paket' });
  await verifier.getByLabel('Path paket (.zip)').fill(zip);
  await verifier.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expect(verifier.locator('.check-verdict')).toHaveText(/Paket utuh/);

  // One byte changed in the middle of the package: it is no longer intact.
  const bytes = await readFile(zip);
  const tampered = join(dir, 'paket-diubah.zip');
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0xff;
  await writeFile(tampered, bytes);
  await verifier.getByLabel('Path paket (.zip)').fill(tampered);
  await verifier.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expect(verifier.locator('.check-verdict')).toHaveText(/TIDAK utuh/);
  await expect(verifier.getByRole('table', { name: 'Masalah paket' })).toBeVisible();
});
