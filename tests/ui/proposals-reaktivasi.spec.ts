import { expect, familyCell, openDemo, test } from './fixtures';
import { addUser, detail, evidenceFiles, list, logInAs, notice, pdf, selectOtherMember, title, upload, verifyAndApprove } from './proposal-steps';

const files = evidenceFiles({ 'sptjm.pdf': pdf('Surat Pernyataan Tanggung Jawab Mutlak') });

test('reaktivasi: a member the district marked as moved away is proposed present again by the desa, with the SPTJM, verified and approved', async ({ page }) => {
  test.setTimeout(240_000);
  await openDemo(page);
  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  const memberRow = (name: string) => editor.locator('.fe-members tbody tr').filter({ hasText: name });

  // The administrator (a district role) records that the member moved away ("Ubah keberadaan").
  const { memberName, noKk, row } = await selectOtherMember(page);
  const own = { desa: (await familyCell(page, row, 'desaName').textContent()) ?? '', kecamatan: (await familyCell(page, row, 'kecamatanName').textContent()) ?? '' };
  await editor.getByRole('button', { name: 'Ubah keberadaan' }).click();
  const presence = page.getByRole('dialog', { name: `Ubah keberadaan: ${memberName}` });
  await presence.getByRole('combobox', { name: 'Keberadaan' }).selectOption('3');
  await presence.getByLabel('Alasan / dasar').fill('Pindah kerja ke luar kota');
  await presence.getByRole('button', { name: 'Simpan keberadaan' }).click();
  await expect(presence).toBeHidden();
  await expect(memberRow(memberName)).toContainText('Pindah');

  await page.getByRole('button', { name: 'Pengguna' }).click();
  await addUser(page, 'op.desa', 'Operator Desa Uji', 'Operator desa', own);
  await addUser(page, 'verif', 'Verifikator Dinsos', 'Verifikator');
  await addUser(page, 'kepala', 'Kepala Dinas', 'Kepala OPD');

  // The operator desa proposes the reaktivasi; it needs the desa's Berita Acara or SPTJM of the period.
  await logInAs(page, 'op.desa', 'Operator Desa Uji');
  await page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' }).fill(noKk);
  await expect(page.locator('.data-grid .ag-row[row-index]')).toHaveCount(1);
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  await memberRow(memberName).click();
  await editor.getByRole('button', { name: 'Usulkan reaktivasi' }).click();
  const dialog = page.getByRole('dialog', { name: `Usulkan reaktivasi: anggota ${memberName}` });
  await dialog.getByLabel('Catatan').fill('Sudah kembali tinggal bersama keluarga.');
  await dialog.getByRole('button', { name: 'Buat usulan' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText(/Usulan reaktivasi #\d+ dibuat sebagai draf/);
  await notice(page).getByRole('button', { name: 'Buka Usulan' }).click();
  await list(page).getByRole('row', { name: new RegExp(memberName) }).click();
  await expect(title(page)).toContainText('Reaktivasi');
  await expect(detail(page).getByRole('table', { name: 'Perubahan yang diusulkan' })).toContainText('Tinggal bersama keluarga');
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(page.getByRole('alert')).toContainText('bukti belum lengkap');
  await page.getByRole('alert').getByRole('button').click();
  await upload(page, 'SPTJM', files['sptjm.pdf']!);
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(title(page)).toContainText('Diajukan');

  await verifyAndApprove(page, memberName);

  // The member is present again.
  await page.getByRole('button', { name: 'Data keluarga' }).click();
  await page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' }).fill(noKk);
  await expect(page.locator('.data-grid .ag-row[row-index]')).toHaveCount(1);
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  await expect(memberRow(memberName)).toContainText('Tinggal bersama keluarga');
});
