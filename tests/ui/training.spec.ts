import type { Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNik } from '../../core/domain/nik';
import { answersFor, startPracticeWorld, TRAINER_PASSWORD } from '../support/training';
import { expect, test } from './fixtures';
import { detail, list, title, upload } from './proposal-steps';

/**
 * A Bimtek in Chromium: the trainer's pack (made through the real backend) opened on a participant's laptop,
 * one scenario done across two roles until its checklist is complete, the import warning for real-looking
 * data, and the trainer's one-click reset. Screenshots for docs/panduan-pelatih.md.
 */

let dir: string;
let packPath: string;
let realFile: string;
let plantedMember: string;
let plantedId: number;

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verivali-latihan-ui-'));
  const { app, api } = await startPracticeWorld(join(dir, 'pelatih'));
  const [planted] = await answersFor(api, 'missing_evidence');
  plantedMember = planted!.who.split(' (NIK')[0]!;
  plantedId = planted!.proposalId!;
  packPath = join(dir, 'flashdisk', 'paket-bimtek-pagerbarang.zip');
  await api.call('training.exportPack', { path: packPath });
  app.close();
  realFile = join(dir, 'data-desa-asli.csv');
  const nik = (serial: number) => formatNik({ kecamatanCode: '33.28.05', birthDate: '1980-03-15', sex: 1, serial });
  await writeFile(realFile, ['NoKK,KDPROP,KDKAB,KDKEC,KDDESA,NIK,Nama,JnsKel,Hubkel', `3328050101800001,33,28,05,2005,${nik(1)},Warga Asli,1,1`, `3328050101800001,33,28,05,2005,${nik(2)},Warga Dua,1,3`].join('\r\n'));
});

test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const scenario = (page: Page) => page.getByRole('region', { name: 'Usulan tanpa bukti: kembalikan lalu lengkapi' });

async function startFromPack(page: Page) {
  await page.getByRole('button', { name: 'Mulai dari paket latihan…' }).click();
  await page.getByLabel('Lokasi berkas paket (.zip)').fill(packPath);
  await page.getByRole('button', { name: 'Mulai latihan' }).click();
  await expect(page.locator('.practice-banner')).toContainText('MODE LATIHAN');
}

async function signIn(page: Page, username: string, password: string) {
  const login = page.getByRole('region', { name: 'Masuk' });
  await expect(login.getByRole('status')).toContainText('kata sandi latihan123');
  await login.getByLabel('Nama pengguna').fill(username);
  await login.getByLabel('Kata sandi').fill(password);
  await login.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Latihan: Bimtek Pagerbarang' })).toBeVisible();
}

async function openPlanted(page: Page) {
  await page.getByRole('button', { name: 'Usulan', exact: true }).click();
  await list(page).getByRole('row', { name: new RegExp(`^Pilih usulan #${plantedId} `) }).click();
  await expect(detail(page)).toContainText(plantedMember);
}

/** The verifier returns the proposal that was submitted without its death certificate. */
async function returnPlantedProposal(page: Page) {
  await openPlanted(page);
  await expect(detail(page)).toContainText('Akta/surat kematian');
  await detail(page).getByLabel('Alasan keputusan').fill('Akta kematian belum dilampirkan.');
  await detail(page).getByRole('button', { name: 'Kembalikan' }).click();
  await expect(title(page)).toContainText('Dikembalikan');
  await page.getByRole('button', { name: 'Latihan', exact: true }).click();
}

test('a participant opens the pack, returns and completes the proposal without evidence, and sees the checklist complete', async ({ page }) => {
  await page.getByRole('button', { name: 'Mulai dari paket latihan…' }).click();
  await page.getByLabel('Lokasi berkas paket (.zip)').fill(packPath);
  await page.screenshot({ path: 'docs/images/latihan-mulai.png' });
  await page.getByRole('button', { name: 'Mulai latihan' }).click();
  await expect(page.locator('.practice-banner')).toContainText('MODE LATIHAN');
  await expect(page.getByRole('region', { name: 'Masuk' }).getByRole('status')).toContainText('latihan123');
  await page.screenshot({ path: 'docs/images/latihan-masuk.png' });
  await signIn(page, 'verifikator', 'latihan123');

  await expect(scenario(page).locator('.scenario-score')).toHaveText('0/100 poin');
  await expect(page.locator('.practice-banner')).toContainText('Skor 0/600');
  await page.getByRole('button', { name: 'Usulan', exact: true }).click();
  await expect(page.locator('.practice-banner')).toContainText('MODE LATIHAN');
  await returnPlantedProposal(page);
  await expect(scenario(page).locator('.checklist li[data-met="true"]')).toHaveCount(1);
  await expect(scenario(page).locator('.scenario-score')).toHaveText('40/100 poin');

  await page.getByRole('button', { name: 'Masuk sebagai Operator desa' }).click();
  await expect(page.locator('.header-user')).toContainText('Operator Desa');
  const akta = (await page.locator('.training-files li', { hasText: 'akta-kematian-latihan.pdf' }).locator('.mono').textContent())!.trim();
  await openPlanted(page);
  await upload(page, 'Akta/surat kematian', akta);
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(title(page)).toContainText('Diajukan');

  await page.getByRole('button', { name: 'Latihan', exact: true }).click();
  await expect(scenario(page).locator('.checklist li[data-met="true"]')).toHaveCount(2);
  await expect(scenario(page).locator('.scenario-score')).toHaveText('100/100 poin');
  await expect(page.getByText('Skor total 100 dari 600')).toBeVisible();
  await page.screenshot({ path: 'docs/images/latihan-checklist.png' });
});

test('a file with real-looking NIKs is held until the trainer allows it', async ({ page }) => {
  await startFromPack(page);
  await signIn(page, 'verifikator', 'latihan123');
  await page.getByRole('button', { name: 'Impor data', exact: true }).click();
  await page.getByLabel('Lokasi berkas (xlsx, xls, csv)').fill(realFile);
  await page.getByRole('button', { name: 'Baca berkas' }).click();
  const guard = page.getByRole('alert', { name: 'Berkas ini tampak berisi data asli' });
  await expect(guard).toContainText('Ada 2 NIK yang bukan NIK latihan');
  await page.screenshot({ path: 'docs/images/latihan-impor-data-asli.png' });
  await guard.getByLabel('Kata sandi pelatih').fill('bukan-sandinya');
  await guard.getByRole('button', { name: 'Izinkan berkas ini' }).click();
  await expect(guard.locator('.alert')).toContainText('Nama pengguna atau kata sandi salah');
  await guard.getByLabel('Kata sandi pelatih').fill(TRAINER_PASSWORD);
  await guard.getByRole('button', { name: 'Izinkan berkas ini' }).click();
  await expect(guard).toContainText('Pelatih sudah mengizinkan berkas ini.');
  await expect(page.locator('.header-user')).toContainText('Verifikator Latihan');
});

test('the trainer resets a practice workspace to its starting point in one click', async ({ page }) => {
  await startFromPack(page);
  await signIn(page, 'pelatih', TRAINER_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Kunci jawaban (hanya pelatih)' })).toBeVisible();
  await page.screenshot({ path: 'docs/images/latihan-pelatih.png' });
  await page.getByRole('button', { name: 'Masuk sebagai Verifikator' }).click();
  await page.getByRole('button', { name: 'Usulan', exact: true }).click();
  await returnPlantedProposal(page);
  await expect(scenario(page).locator('.scenario-score')).toHaveText('40/100 poin');

  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  const login = page.getByRole('region', { name: 'Masuk' });
  await login.getByLabel('Nama pengguna').fill('pelatih');
  await login.getByLabel('Kata sandi').fill(TRAINER_PASSWORD);
  await login.getByRole('button', { name: 'Masuk' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Atur ulang ke awal' }).click();
  await expect(page.getByText('Workspace latihan sudah dikembalikan ke titik awal.')).toBeVisible();
  await expect(scenario(page).locator('.scenario-score')).toHaveText('0/100 poin');
  await expect(page.locator('.header-user')).toContainText('Pelatih Bimtek');
});

test('the trainer prepares a practice workspace on the start screen and exports the pack', async ({ page }) => {
  await page.getByRole('button', { name: 'Siapkan latihan baru (pelatih)…' }).click();
  const form = page.getByRole('region', { name: 'Workspace latihan baru (pelatih)' });
  await form.getByLabel('Nama latihan').fill('Bimtek Operator Desa Pagerbarang');
  await form.getByLabel('Provinsi').selectOption('33');
  await form.getByLabel('Kabupaten/kota').selectOption('33.28');
  await form.getByLabel('Kecamatan peserta').selectOption('33.28.05');
  await expect(form.getByRole('checkbox', { name: 'Keluarga tanpa kepala keluarga' })).toBeDisabled();
  await form.getByRole('checkbox', { name: /^Temukan dan gabungkan data ganda/ }).uncheck();
  await expect(form.getByRole('checkbox', { name: /^Orang yang sama tercatat dua kali/ })).toBeEnabled();
  await form.getByLabel('Kata sandi pelatih (akun pelatih dan admin)').fill(TRAINER_PASSWORD);
  await form.getByLabel('Ulangi kata sandi pelatih').fill(TRAINER_PASSWORD);
  await page.screenshot({ path: 'docs/images/latihan-siapkan.png', fullPage: true });
  await form.getByRole('button', { name: 'Siapkan workspace latihan' }).click();

  await expect(page.getByRole('heading', { name: 'Latihan: Bimtek Operator Desa Pagerbarang' })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.header-user')).toContainText('Pelatih Bimtek');
  await expect(page.locator('.scenario-card')).toHaveCount(5);
  const trainer = page.getByRole('region', { name: 'Pelatih' });
  const pack = join(dir, 'flashdisk', 'dari-layar.zip');
  await trainer.getByLabel('Simpan paket ke (lokasi .zip)').fill(pack);
  await trainer.getByRole('button', { name: 'Ekspor paket' }).click();
  await expect(trainer.getByRole('status')).toContainText(`Paket disimpan: ${pack}`);
});
