import { expect, familyCell, familyColumnTexts, openDemo, test } from './fixtures';
import { addUser, detail, evidenceFiles, list, logInAs, notice, openProposal, pdf, png, title, upload, verifyAndApprove } from './proposal-steps';

const files = evidenceFiles({
  'ba-musdes.pdf': pdf('Berita Acara Musyawarah Desa'),
  'rumah-depan.png': png(320, 200),
  'rumah-dalam.png': png(200, 320),
  'kk.pdf': pdf('Kartu Keluarga'),
});

test('usulan anggota baru: the operator (who cannot add members directly) files it with evidence, corrects it when returned, it is verified, approved and the member joins the family', async ({ page }) => {
  test.setTimeout(240_000);
  await openDemo(page);
  const own = { desa: (await familyColumnTexts(page, 'desaName'))[0]!, kecamatan: (await familyColumnTexts(page, 'kecamatanName'))[0]! };
  await page.getByRole('button', { name: 'Pengguna' }).click();
  await addUser(page, 'op.desa', 'Operator Desa Uji', 'Operator desa', own);
  await addUser(page, 'verif', 'Verifikator Dinsos', 'Verifikator');
  await addUser(page, 'kepala', 'Kepala Dinas', 'Kepala OPD');

  // The operator's family editor offers proposals, not the operations that change the data directly.
  await logInAs(page, 'op.desa', 'Operator Desa Uji');
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 30_000 });
  const noKk = (await familyCell(page, 0, 'noKk').textContent()) ?? '';
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  await expect(editor.getByRole('button', { name: 'Usulkan nonaktif' })).toBeVisible();
  await expect(editor.getByRole('button', { name: /^(Tambah anggota|Ubah keberadaan|Pecah KK|Ganti kepala keluarga)$/ })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Usulkan reaktivasi' })).toBeDisabled();

  await editor.getByRole('button', { name: 'Usulkan anggota baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Usulkan anggota baru' });
  await dialog.getByLabel('Nama').fill('Putri Usulan');
  await dialog.getByLabel('NIK').fill(`${noKk.slice(0, 6)}5508150042`);
  await expect(dialog.locator('.fe-messages')).toContainText('perempuan');
  await dialog.getByRole('combobox', { name: 'Jenis kelamin' }).selectOption('2');
  await dialog.getByLabel('Tempat lahir').fill('Kendal');
  await dialog.getByLabel('Tanggal lahir').fill('15/08/2015');
  await dialog.getByRole('combobox', { name: 'Hubungan dengan kepala keluarga' }).selectOption('3');
  await dialog.getByRole('button', { name: 'Buat usulan' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText(/Usulan anggota baru #\d+ dibuat sebagai draf/);

  await notice(page).getByRole('button', { name: 'Buka Usulan' }).click();
  await list(page).getByRole('row', { name: new RegExp(noKk) }).click();
  await expect(title(page)).toContainText('Usulan baru');
  await expect(detail(page).getByRole('table', { name: 'Perubahan yang diusulkan' })).toContainText('Putri Usulan');
  await upload(page, 'Berita Acara musdes', files['ba-musdes.pdf']!);
  await upload(page, 'Foto rumah tampak depan', files['rumah-depan.png']!);
  await upload(page, 'Foto rumah bagian dalam', files['rumah-dalam.png']!);
  await upload(page, 'Scan Kartu Keluarga', files['kk.pdf']!);
  await detail(page).getByLabel('Catatan').fill('Anak lahir 2015, belum tercatat.');
  await detail(page).getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(detail(page).getByRole('button', { name: 'Simpan catatan' })).toBeDisabled();
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(title(page)).toContainText('Diajukan');
  await expect(detail(page)).toContainText('Catatan: Anak lahir 2015, belum tercatat.');

  // An usulan keluarga baru is a draft of the operator's desa.
  await page.getByRole('button', { name: 'Usulan keluarga baru' }).click();
  const family = page.getByRole('dialog', { name: 'Usulan keluarga baru' });
  await expect(family.getByRole('combobox', { name: 'Desa' })).toHaveValue(/\d{2}\.\d{2}\.\d{2}\.\d{4}/);
  await family.getByLabel('Nomor KK').fill(`${noKk.slice(0, 6)}0101260099`);
  await family.getByLabel('Alamat').fill('Dusun Baru RT 01 RW 02');
  await family.getByLabel('Anggota 1: Nama').fill('Bapak Keluarga Baru');
  await family.getByLabel('Anggota 1: NIK').fill(`${noKk.slice(0, 6)}0103850001`);
  await family.getByRole('combobox', { name: 'Anggota 1: Jenis kelamin' }).selectOption('1');
  await family.getByLabel('Anggota 1: Tanggal lahir').fill('01/03/1985');
  await family.getByRole('button', { name: 'Buat usulan' }).click();
  await expect(family).toBeHidden();
  await expect(title(page)).toContainText('Usulan baru');
  await expect(title(page)).toContainText('Draf');
  await expect(detail(page).getByRole('table', { name: 'Perubahan yang diusulkan' })).toContainText('Bapak Keluarga Baru');

  // The verifier returns it; the operator corrects the name on the returned usulan and submits it again.
  await logInAs(page, 'verif', 'Verifikator Dinsos');
  await openProposal(page, noKk);
  await detail(page).getByLabel('Alasan keputusan').fill('Nama belum sesuai akta kelahiran.');
  await detail(page).getByRole('button', { name: 'Kembalikan' }).click();
  await expect(title(page)).toContainText('Dikembalikan');

  await logInAs(page, 'op.desa', 'Operator Desa Uji');
  await openProposal(page, noKk);
  await expect(detail(page).getByRole('note')).toContainText('Nama belum sesuai akta kelahiran.');
  await detail(page).getByRole('button', { name: 'Ubah data usulan' }).click();
  const correction = page.getByRole('dialog', { name: 'Ubah data usulan' });
  await expect(correction.getByLabel('Anggota 1: Tanggal lahir')).toHaveValue('15/08/2015');
  await expect(correction.getByRole('combobox', { name: 'Anggota 1: Hubungan dengan kepala keluarga' })).toHaveValue('3');
  await correction.getByLabel('Anggota 1: Nama').fill('Putri Usulan Benar');
  await correction.getByRole('button', { name: 'Simpan perubahan' }).click();
  await expect(correction).toBeHidden();
  await expect(detail(page).getByRole('table', { name: 'Perubahan yang diusulkan' })).toContainText('Putri Usulan Benar');
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(title(page)).toContainText('Diajukan');

  await verifyAndApprove(page, noKk);

  await page.getByRole('button', { name: 'Data keluarga' }).click();
  await page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' }).fill(noKk);
  await expect(page.locator('.data-grid .ag-row[row-index]')).toHaveCount(1);
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  await expect(editor.locator('.fe-members tbody tr').filter({ hasText: 'Putri Usulan Benar' })).toContainText('Anak');
});
