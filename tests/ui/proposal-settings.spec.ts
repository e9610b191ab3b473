import { expect, openDemo, test } from './fixtures';

test('the administrator changes the required documents of a proposal type and goes back to the defaults', async ({ page }) => {
  await openDemo(page);
  await page.getByRole('button', { name: 'Usulan', exact: true }).click();
  await page.getByRole('button', { name: 'Pengaturan usulan' }).click();
  const settings = page.getByRole('region', { name: 'Pengaturan usulan' });
  await expect(settings.getByRole('heading')).toContainText('(bawaan aplikasi)');
  await expect(settings.getByRole('combobox', { name: 'Nonaktif: Meninggal: Akta/surat kematian' })).toHaveValue('wajib');

  await settings.getByRole('combobox', { name: 'Nonaktif: Mampu / ekonomi meningkat: Foto rumah tampak depan' }).selectOption('salah_satu');
  await settings.getByRole('combobox', { name: 'Nonaktif: Mampu / ekonomi meningkat: Foto rumah bagian dalam' }).selectOption('salah_satu');
  await settings.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(settings.getByRole('status')).toHaveText('Pengaturan disimpan.');
  await expect(settings.getByRole('heading')).not.toContainText('bawaan');

  // Read again from the workspace.
  await page.getByRole('button', { name: 'Pengaturan usulan' }).click();
  await page.getByRole('button', { name: 'Pengaturan usulan' }).click();
  await expect(settings.getByRole('combobox', { name: 'Nonaktif: Mampu / ekonomi meningkat: Foto rumah bagian dalam' })).toHaveValue('salah_satu');
  await settings.getByRole('button', { name: 'Kembalikan ke bawaan' }).click();
  await expect(settings.getByRole('heading')).toContainText('(bawaan aplikasi)');
  await expect(settings.getByRole('combobox', { name: 'Nonaktif: Mampu / ekonomi meningkat: Foto rumah bagian dalam' })).toHaveValue('');
});
