import { expect, familyCell, familyColumnTexts, memberCell, openDemo, setUpAdministrator, test } from './fixtures';

const FAMILY_HEADERS = ['Nomor KK', 'ID DTKS (IDBDT)', 'Nama kepala keluarga', 'Alamat', 'RT', 'RW', 'Desa', 'Kecamatan'];

test('start screen → demo workspace: grid blocks, sort and desa filter', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Verivali Desktop' })).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);
  await openDemo(page);
  await expect(page).toHaveTitle(/^Verivali Desktop — Demo/);

  for (const name of FAMILY_HEADERS) {
    await expect(page.locator('.data-grid').getByRole('columnheader', { name, exact: true })).toBeVisible();
  }
  const count = page.locator('.row-count');
  await expect(count).toHaveText('600 keluarga');
  await expect(familyCell(page, 0, 'noKk')).toHaveCSS('font-family', /mono/i);

  // Rows from 100 on come from a second families.list block.
  await familyCell(page, 0, 'namaKepalaKeluarga').hover();
  await page.mouse.wheel(0, 150 * 28);
  await expect(familyCell(page, 150, 'noKk')).toHaveText(/^\d{16}$/);
  await page.mouse.wheel(0, -200 * 28);

  await page.locator('.data-grid .ag-header-cell[col-id="namaKepalaKeluarga"] .ag-header-cell-label').click();
  await expect(page.locator('.data-grid .ag-header-cell[col-id="namaKepalaKeluarga"]')).toHaveAttribute('aria-sort', 'ascending');
  await expect(async () => {
    const names = (await familyColumnTexts(page, 'namaKepalaKeluarga')).map((name) => name.toLocaleLowerCase('id'));
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort());
  }).toPass();

  const kecamatan = (await familyCell(page, 0, 'kecamatanName').textContent()) ?? '';
  const desa = (await familyCell(page, 0, 'desaName').textContent()) ?? '';
  await page.getByRole('combobox', { name: 'Kecamatan', exact: true }).selectOption({ label: kecamatan });
  await expect(count).not.toHaveText('600 keluarga');
  await page.getByRole('combobox', { name: 'Desa/kelurahan' }).selectOption({ label: desa });
  await expect(async () => {
    const filtered = Number(/^(\d+) keluarga$/.exec((await count.textContent()) ?? '')?.[1]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(600);
    const desas = await familyColumnTexts(page, 'desaName');
    expect(desas).toHaveLength(Math.min(filtered, desas.length));
    expect(new Set(desas)).toEqual(new Set([desa]));
  }).toPass();
});

test('edits to a family and a member persist across a reload and show in Riwayat perubahan', async ({ page }) => {
  await openDemo(page);
  const noKk = (await familyCell(page, 0, 'noKk').textContent()) ?? '';
  const oldAddress = (await familyCell(page, 0, 'alamat').textContent()) ?? '';
  await familyCell(page, 0, 'alamat').dblclick();
  await page.locator('.cell-editor-input').fill('Jl. Uji Coba No. 7');
  await page.keyboard.press('Enter');
  await expect(familyCell(page, 0, 'alamat')).toHaveText('Jl. Uji Coba No. 7');

  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  const nameCell = memberCell(page, 0, 'nama');
  await expect(nameCell).not.toBeEmpty();
  const oldName = (await nameCell.textContent()) ?? '';
  await nameCell.dblclick();
  await page.locator('.cell-editor-input').fill('Siti Uji Coba');
  await page.keyboard.press('Enter');
  await expect(nameCell).toHaveText('Siti Uji Coba');

  await page.reload();
  await expect(page).not.toHaveURL(/token=/);
  await expect(familyCell(page, 0, 'noKk')).toHaveText(noKk);
  await expect(familyCell(page, 0, 'alamat')).toHaveText('Jl. Uji Coba No. 7');
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  await expect(nameCell).toHaveText('Siti Uji Coba');
  await nameCell.click();

  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  await editor.locator('.fe-members tbody tr', { hasText: 'Siti Uji Coba' }).click();
  await editor.getByRole('tab', { name: 'Riwayat perubahan' }).click();
  const history = page.getByRole('region', { name: 'Riwayat perubahan' });
  await expect(history.getByRole('row').filter({ hasText: 'Alamat' })).toContainText(`${oldAddress || '(kosong)'} → Jl. Uji Coba No. 7`);
  await expect(history.getByRole('row').filter({ hasText: 'Nama' })).toContainText(`${oldName} → Siti Uji Coba`);
});

test('creates a new workspace for Kabupaten Tegal, then reopens the demo from the recent list', async ({ page }) => {
  await openDemo(page);
  const demoTitle = await page.title();
  await page.getByRole('button', { name: 'Tutup workspace' }).click();

  await page.getByLabel('Nama workspace').fill('Verivali Tegal 2025');
  await page.getByLabel('Provinsi').selectOption('33');
  await expect(page.getByLabel('Kabupaten/kota')).toBeEnabled();
  await page.getByLabel('Kabupaten/kota').selectOption('33.28');
  await expect(page.getByLabel('Kabupaten/kota').locator('option:checked')).toHaveText(/kabupaten tegal/i);
  await page.getByRole('button', { name: 'Buat workspace' }).click();
  await setUpAdministrator(page);

  await expect(page).toHaveTitle('Verivali Desktop — Verivali Tegal 2025');
  await expect(page.locator('.app-header')).toContainText(/kabupaten tegal/i);
  await expect(page.locator('.row-count')).toHaveText('0 keluarga');

  await page.getByRole('button', { name: 'Tutup workspace' }).click();
  const recent = page.locator('.recent-item');
  await expect(recent).toHaveCount(2);
  await recent.filter({ hasNotText: 'Verivali Tegal 2025' }).click();
  await expect(page).toHaveTitle(demoTitle);
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/);
});

test('an invalid NIK is shown as such while typing, and Escape leaves it unsaved', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  const nikCell = memberCell(page, 0, 'nik');
  await expect(nikCell).toHaveText(/^\d{16}$/);
  const nik = (await nikCell.textContent()) ?? '';

  await nikCell.dblclick();
  await page.locator('.cell-editor-input').fill('12345');
  await expect(page.locator('.cell-editor-feedback')).toContainText('NIK harus 16 digit (terisi 5 karakter).');
  await page.locator('.cell-editor-input').fill('3.32801E+15');
  await expect(page.locator('.cell-editor-input')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('NIK');
  await page.keyboard.press('Escape');
  await expect(nikCell).toHaveText(nik);

  await page.reload();
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  await expect(nikCell).toHaveText(nik);
});

test('a save over a newer version is refused and the grid shows the current value', async ({ page, server }) => {
  await openDemo(page);
  const other = await page.context().newPage();
  await other.goto(server.url);
  await expect(familyCell(other, 0, 'alamat')).not.toBeEmpty();

  for (const [tab, address] of [
    [page, 'Jl. Pertama No. 1'],
    [other, 'Jl. Kedua No. 2'],
  ] as const) {
    await familyCell(tab, 0, 'alamat').dblclick();
    await tab.locator('.cell-editor-input').fill(address);
    await tab.keyboard.press('Enter');
  }
  await expect(familyCell(page, 0, 'alamat')).toHaveText('Jl. Pertama No. 1');
  await expect(other.getByRole('alert')).toContainText('sudah diubah');
  await expect(familyCell(other, 0, 'alamat')).toHaveText('Jl. Pertama No. 1');
});
