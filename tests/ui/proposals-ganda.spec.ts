import { expect, familyCell, openDemo, test } from './fixtures';
import { addUser, detail, list, logInAs, notice, selectOtherMember, title } from './proposal-steps';

test('nonaktif ganda: the desa names the other record by its NIK, and the detail shows it', async ({ page }) => {
  test.setTimeout(180_000);
  await openDemo(page);
  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  const { memberName, noKk, row } = await selectOtherMember(page);
  const head = editor.locator('.fe-members tbody tr').filter({ hasText: 'Kepala keluarga' }).first();
  const headName = ((await head.locator('td').nth(0).textContent()) ?? '').trim();
  const headNik = ((await head.locator('td').nth(1).textContent()) ?? '').trim();
  const own = { desa: (await familyCell(page, row, 'desaName').textContent()) ?? '', kecamatan: (await familyCell(page, row, 'kecamatanName').textContent()) ?? '' };
  await page.getByRole('button', { name: 'Pengguna' }).click();
  await addUser(page, 'op.desa', 'Operator Desa Uji', 'Operator desa', own);

  await logInAs(page, 'op.desa', 'Operator Desa Uji');
  await page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' }).fill(noKk);
  await expect(page.locator('.data-grid .ag-row[row-index]')).toHaveCount(1);
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  await editor.locator('.fe-members tbody tr').filter({ hasText: memberName }).click();
  await editor.getByRole('button', { name: 'Usulkan nonaktif' }).click();
  const dialog = page.getByRole('dialog', { name: `Usulkan nonaktif: anggota ${memberName}` });
  await dialog.getByRole('combobox', { name: 'Alasan' }).selectOption('ganda');
  const other = dialog.getByLabel('NIK anggota lain yang ganda');
  await other.fill('3328000000000000');
  await dialog.getByRole('button', { name: 'Buat usulan' }).click();
  await expect(dialog).toContainText('NIK 3328000000000000 tidak ditemukan di wilayah Anda');
  await other.fill(headNik);
  await dialog.getByRole('button', { name: 'Buat usulan' }).click();
  await expect(dialog).toBeHidden();
  await notice(page).getByRole('button', { name: 'Buka Usulan' }).click();
  await list(page).getByRole('row', { name: new RegExp(memberName) }).click();
  await expect(title(page)).toContainText('Data ganda');
  await expect(detail(page).locator('.proposal-duplicate')).toContainText(`${headName} (NIK ${headNik})`);
});
