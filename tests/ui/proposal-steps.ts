import type { Page } from '@playwright/test';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, familyCell, test } from './fixtures';

/** Shared steps of the proposal UI tests: evidence files, accounts, logging in as a role, the Usulan screen. */

/** A one-page PDF with a line of text, as a scanner would produce (the backend checks the %PDF- header). */
export function pdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.from(`${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
}

/** A small grey PNG (a "photo" of a document): signature, IHDR, IDAT, IEND with their CRCs. */
export function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(typed.length + 8);
    out.writeUInt32BE(data.length, 0);
    typed.copy(out, 4);
    out.writeUInt32BE(crc(typed), typed.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.from([0, ...Array.from({ length: width }, (_, x) => ((x + y) % 32 < 16 ? 230 : 200))])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const PASSWORD = 'sandi-baru-123';

/** The administrator adds an account on the Pengguna screen (initial password awal-12345). */
export async function addUser(page: Page, username: string, name: string, role: string, region?: { kecamatan: string; desa: string }) {
  const form = page.getByRole('region', { name: 'Tambah pengguna' });
  await form.getByLabel('Nama pengguna').fill(username);
  await form.getByLabel('Nama lengkap').fill(name);
  await form.getByRole('combobox', { name: 'Peran' }).selectOption({ label: role });
  if (region) {
    await form.getByRole('combobox', { name: 'Kecamatan' }).selectOption({ label: region.kecamatan });
    await form.getByRole('combobox', { name: 'Desa' }).selectOption({ label: region.desa });
    await form.getByRole('button', { name: 'Tambahkan desa' }).click();
  }
  await form.getByLabel('Kata sandi awal').fill('awal-12345');
  await form.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(page.getByRole('table', { name: 'Pengguna workspace' }).getByRole('row', { name: new RegExp(username.replace('.', '\\.')) })).toBeVisible();
}

/** Logs out and in as `username`; the first login changes the initial password. */
export async function logInAs(page: Page, username: string, name: string) {
  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  const login = page.getByRole('region', { name: 'Masuk' });
  await login.getByLabel('Nama pengguna').fill(username);
  await login.getByLabel('Kata sandi').fill(PASSWORD);
  await login.getByRole('button', { name: 'Masuk' }).click();
  const change = page.getByRole('region', { name: 'Ganti kata sandi' });
  const first = await Promise.race([
    change.waitFor().then(() => true),
    page.locator('.header-user').waitFor().then(() => false),
    login.getByRole('alert').waitFor().then(() => 'retry' as const),
  ]);
  if (first === 'retry') {
    await login.getByLabel('Kata sandi').fill('awal-12345');
    await login.getByRole('button', { name: 'Masuk' }).click();
    await change.getByLabel('Kata sandi saat ini').fill('awal-12345');
    await change.getByLabel('Kata sandi baru').fill(PASSWORD);
    await change.getByLabel('Ulangi kata sandi').fill(PASSWORD);
    await change.getByRole('button', { name: 'Ganti kata sandi' }).click();
  }
  await expect(page.locator('.header-user')).toContainText(name);
}

/** The information bar of the data screen (role status, not an alert). */
export const notice = (page: Page) => page.locator('.notice-bar[role="status"]');
export const detail = (page: Page) => page.locator('section.proposal-detail');
export const title = (page: Page) => detail(page).getByRole('heading', { level: 2 });
export const list = (page: Page) => page.getByRole('table', { name: 'Daftar usulan' });

/** In the data grid: opens the first family with at least two members and selects a member who is not the head. */
export async function selectOtherMember(page: Page): Promise<{ memberName: string; noKk: string; row: number }> {
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 30_000 });
  let row = 0;
  while (Number(await familyCell(page, row, 'memberCount').textContent()) < 2) row++;
  const noKk = (await familyCell(page, row, 'noKk').textContent()) ?? '';
  await familyCell(page, row, 'namaKepalaKeluarga').click();
  const member = page.getByRole('region', { name: 'Editor keluarga' }).locator('.fe-members tbody tr').filter({ hasNotText: 'Kepala keluarga' }).first();
  const memberName = ((await member.locator('td').first().textContent()) ?? '').trim();
  await member.click();
  return { memberName, noKk, row };
}

export async function openProposal(page: Page, memberName: string) {
  await page.getByRole('button', { name: 'Usulan', exact: true }).click();
  await list(page).getByRole('row', { name: new RegExp(memberName) }).click();
  await expect(detail(page)).toContainText(memberName);
}

/** The verifier accepts the proposal found by `search`, then the head of the office approves it. */
export async function verifyAndApprove(page: Page, search: string) {
  await logInAs(page, 'verif', 'Verifikator Dinsos');
  await openProposal(page, search);
  await detail(page).getByRole('button', { name: 'Verifikasi' }).click();
  await expect(title(page)).toContainText('Diverifikasi');
  await logInAs(page, 'kepala', 'Kepala Dinas');
  await openProposal(page, search);
  await detail(page).getByRole('button', { name: 'Sahkan' }).click();
  await expect(title(page)).toContainText('Disahkan');
}

export async function upload(page: Page, kind: string, path: string) {
  await detail(page).getByRole('combobox', { name: 'Jenis bukti' }).selectOption({ label: kind });
  await detail(page).getByLabel('Lokasi berkas bukti').fill(path);
  await detail(page).getByRole('button', { name: 'Unggah' }).click();
  await expect(detail(page).locator('.evidence-files')).toContainText(`${kind}: ${path.split('/').pop()}`);
}

/** The evidence files of a spec in a temporary folder for its tests (removed afterwards); answers their paths by name. */
export function evidenceFiles(contents: Record<string, Buffer>): Record<string, string> {
  const paths: Record<string, string> = {};
  let dir = '';
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verivali-bukti-'));
    for (const [name, content] of Object.entries(contents)) {
      paths[name] = join(dir, name);
      await writeFile(paths[name], content);
    }
  });
  test.afterAll(() => rm(dir, { recursive: true, force: true }));
  return paths;
}
