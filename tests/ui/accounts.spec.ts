import { expect, familyCell, familyColumnTexts, openDemo, test } from './fixtures';

test('a new workspace asks for the administrator password, then for a login', async ({ page }) => {
  await page.getByLabel('Nama workspace').fill('Dinsos Uji Akun');
  await page.getByRole('combobox', { name: 'Provinsi' }).selectOption({ label: 'Jawa Tengah' });
  await page.getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption({ label: 'Kabupaten Tegal' });
  await page.getByRole('button', { name: 'Buat workspace' }).click();

  const setup = page.getByRole('region', { name: 'Buat kata sandi administrator' });
  await expect(setup).toBeVisible();
  await setup.getByLabel('Kata sandi', { exact: true }).fill('rahasia-admin-1');
  await setup.getByLabel('Ulangi kata sandi').fill('rahasia-admin-2');
  await setup.getByRole('button', { name: 'Simpan administrator' }).click();
  await expect(setup.getByRole('alert')).toHaveText('Kedua kata sandi tidak sama.');
  await setup.getByLabel('Ulangi kata sandi').fill('rahasia-admin-1');
  await setup.getByRole('button', { name: 'Simpan administrator' }).click();

  const login = page.getByRole('region', { name: 'Masuk' });
  await expect(login.getByRole('status')).toHaveText('Administrator "admin" dibuat. Silakan masuk.');
  await login.getByLabel('Nama pengguna').fill('admin');
  await login.getByLabel('Kata sandi').fill('salah-sekali');
  await login.getByRole('button', { name: 'Masuk' }).click();
  await expect(login.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await login.getByLabel('Kata sandi').fill('rahasia-admin-1');
  await login.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('.header-user')).toHaveText('Administrator · Admin');
  await expect(page.getByRole('button', { name: 'Pengguna' })).toBeVisible();
});

test('the administrator creates an operator desa, who sees only their desa after changing the password', async ({ page }) => {
  await openDemo(page);
  const desa = (await familyCell(page, 0, 'desaName').textContent()) ?? '';
  const kecamatan = (await familyCell(page, 0, 'kecamatanName').textContent()) ?? '';
  await page.getByRole('button', { name: 'Pengguna' }).click();

  const form = page.getByRole('region', { name: 'Tambah pengguna' });
  await form.getByLabel('Nama pengguna').fill('op.desa');
  await form.getByLabel('Nama lengkap').fill('Operator Desa Uji');
  await form.getByRole('combobox', { name: 'Peran' }).selectOption({ label: 'Operator desa' });
  await form.getByRole('combobox', { name: 'Kecamatan' }).selectOption({ label: kecamatan });
  await form.getByRole('combobox', { name: 'Desa' }).selectOption({ label: desa });
  await form.getByRole('button', { name: 'Tambahkan desa' }).click();
  await form.getByLabel('Kata sandi awal').fill('awal-12345');
  await form.getByRole('button', { name: 'Tambah pengguna' }).click();
  const users = page.getByRole('table', { name: 'Pengguna workspace' });
  await expect(users.getByRole('row', { name: /op\.desa/ })).toContainText('Harus ganti kata sandi');

  await page.getByRole('button', { name: 'Keluar', exact: true }).click();
  const login = page.getByRole('region', { name: 'Masuk' });
  await expect(login.getByRole('status')).toHaveText('Workspace demo: masuk sebagai admin dengan kata sandi demo1234.');
  await login.getByLabel('Nama pengguna').fill('op.desa');
  await login.getByLabel('Kata sandi').fill('awal-12345');
  await login.getByRole('button', { name: 'Masuk' }).click();

  const change = page.getByRole('region', { name: 'Ganti kata sandi' });
  await change.getByLabel('Kata sandi saat ini').fill('awal-12345');
  await change.getByLabel('Kata sandi baru').fill('baru-operator-1');
  await change.getByLabel('Ulangi kata sandi').fill('baru-operator-1');
  await change.getByRole('button', { name: 'Ganti kata sandi' }).click();

  await expect(page.locator('.header-user')).toHaveText('Operator Desa Uji · Operator desa');
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 30_000 });
  await expect(page.locator('.row-count')).not.toHaveText('600 keluarga');
  expect(new Set(await familyColumnTexts(page, 'desaName'))).toEqual(new Set([desa]));
  await expect(page.getByRole('combobox', { name: 'Kecamatan', exact: true }).locator('option')).toHaveText(['Semua', kecamatan]);
  await expect(page.getByRole('button', { name: 'Pengguna' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Impor data' })).toHaveCount(0);
});

test('after 15 minutes without input the screen locks and the same password continues where the user was', async ({ page }) => {
  await openDemo(page);
  await page.clock.install();
  await page.reload();
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Keutuhan riwayat perubahan' })).toBeVisible();

  await page.clock.fastForward('16:00');
  const lock = page.getByRole('region', { name: 'Layar terkunci' });
  await expect(lock).toBeVisible();
  await lock.getByLabel('Kata sandi').fill('salah-sekali');
  await lock.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(lock.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await lock.getByLabel('Kata sandi').fill('demo1234');
  await lock.getByRole('button', { name: 'Buka kunci' }).click();
  await expect(lock).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Keutuhan riwayat perubahan' })).toBeVisible();
  await page.getByRole('button', { name: 'Periksa keutuhan' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Utuh: [\d.]+ entri diperiksa/);
});
