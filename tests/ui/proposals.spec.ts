import type { Page } from '@playwright/test';
import { expect, familyCell, familyColumnTexts, openDemo, test } from './fixtures';
import { addUser, detail, evidenceFiles, list, logInAs, notice, openProposal, pdf, png, selectOtherMember, title, upload } from './proposal-steps';

/** In the operator's grid: opens the first family with at least two members and files a nonaktif for a non-head member. */
async function fileNonaktif(page: Page): Promise<{ memberName: string; noKk: string }> {
  const { memberName, noKk } = await selectOtherMember(page);
  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  await editor.getByRole('button', { name: 'Usulkan nonaktif' }).click();
  const dialog = page.getByRole('dialog', { name: `Usulkan nonaktif: anggota ${memberName}` });
  await expect(dialog.getByRole('combobox', { name: 'Alasan' })).toHaveValue('meninggal');
  await dialog.getByLabel('Tanggal kejadian').fill('03/02/2026');
  await dialog.getByRole('button', { name: 'Buat usulan' }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText(/Usulan nonaktif #\d+ dibuat sebagai draf/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  return { memberName, noKk };
}

const files = evidenceFiles({
  'berita-acara-musdes.pdf': pdf('Berita Acara Musyawarah Desa'),
  'akta-kematian.png': png(320, 200),
  'surat-kematian-desa.pdf': pdf('Surat Keterangan Kematian'),
});

test('nonaktif (meninggal): the desa files it with evidence, the verifier returns then accepts it, the head approves', async ({ page }) => {
  test.setTimeout(240_000);
  await openDemo(page);
  const desas = await familyColumnTexts(page, 'desaName');
  const kecamatans = await familyColumnTexts(page, 'kecamatanName');
  const own = { desa: desas[0]!, kecamatan: kecamatans[0]! };
  const otherIndex = desas.findIndex((d) => d !== own.desa);
  const other = { desa: desas[otherIndex]!, kecamatan: kecamatans[otherIndex]! };

  await page.getByRole('button', { name: 'Pengguna' }).click();
  await addUser(page, 'op.desa', 'Operator Desa Uji', 'Operator desa', own);
  await addUser(page, 'op.lain', 'Operator Desa Lain', 'Operator desa', other);
  await addUser(page, 'verif', 'Verifikator Dinsos', 'Verifikator');
  await addUser(page, 'kepala', 'Kepala Dinas', 'Kepala OPD');

  // Another desa's proposals, which the first operator must not see: a grid edit becomes a perbaikan
  // (an information, not an error; the cell keeps the stipulated value), and a nonaktif.
  await logInAs(page, 'op.lain', 'Operator Desa Lain');
  await expect(familyCell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 30_000 });
  const address = (await familyCell(page, 0, 'alamat').textContent()) ?? '';
  await familyCell(page, 0, 'alamat').dblclick();
  await page.locator('.cell-editor-input').fill('Jl. Usulan No. 1');
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText(/Perubahan dicatat sebagai usulan perbaikan #\d+\. Data berubah setelah usulan disahkan\./);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(familyCell(page, 0, 'alamat')).toHaveText(address);
  await notice(page).getByRole('button', { name: 'Tutup' }).click();
  const elsewhere = await fileNonaktif(page);

  // The operator desa: a nonaktif (meninggal) with the Berita Acara of the desa and the death certificate.
  await logInAs(page, 'op.desa', 'Operator Desa Uji');
  const { memberName, noKk } = await fileNonaktif(page);
  await notice(page).getByRole('button', { name: 'Buka Usulan' }).click();
  await list(page).getByRole('row', { name: new RegExp(memberName) }).click();
  await expect(list(page)).not.toContainText(elsewhere.memberName);
  await expect(list(page).locator('tbody tr')).toHaveCount(1);
  await expect(title(page)).toContainText('Nonaktif (Meninggal)');
  await expect(title(page)).toContainText('Draf');
  await expect(detail(page).getByRole('table', { name: 'Perubahan yang diusulkan' })).toContainText('Meninggal');
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(page.getByRole('alert')).toContainText('bukti belum lengkap');
  await page.getByRole('alert').getByRole('button').click();
  await upload(page, 'Berita Acara musdes', files['berita-acara-musdes.pdf']!);
  await upload(page, 'Akta/surat kematian', files['akta-kematian.png']!);
  await expect(detail(page).locator('.evidence-requirements .missing')).toHaveCount(0);
  await detail(page).getByRole('button', { name: /Akta\/surat kematian: akta-kematian\.png/ }).click();
  await expect(detail(page).getByRole('img', { name: 'akta-kematian.png' })).toBeVisible();
  await expect(detail(page).getByRole('button', { name: /^(Verifikasi|Kembalikan|Tolak|Sahkan)$/ })).toHaveCount(0);
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(title(page)).toContainText('Diajukan');
  await expect(detail(page).getByRole('button', { name: 'Ajukan' })).toHaveCount(0);

  // The verifier returns it with a reason; Sahkan is not theirs.
  await logInAs(page, 'verif', 'Verifikator Dinsos');
  await openProposal(page, memberName);
  await expect(detail(page).getByRole('button', { name: 'Sahkan' })).toHaveCount(0);
  await expect(detail(page).getByRole('button', { name: 'Ajukan' })).toHaveCount(0);
  await detail(page).getByLabel('Alasan keputusan').fill('Lampirkan surat kematian dari desa juga.');
  await detail(page).getByRole('button', { name: 'Kembalikan' }).click();
  await expect(title(page)).toContainText('Dikembalikan');

  // The operator sees the reason, adds the document and submits again.
  await logInAs(page, 'op.desa', 'Operator Desa Uji');
  await openProposal(page, memberName);
  await expect(detail(page).getByRole('note')).toHaveText('Alasan keputusan: Lampirkan surat kematian dari desa juga.');
  await upload(page, 'Dokumen lain', files['surat-kematian-desa.pdf']!);
  await detail(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(title(page)).toContainText('Diajukan');

  // The verifier accepts (docs/images/usulan.png: the detail with the diff and the evidence).
  await logInAs(page, 'verif', 'Verifikator Dinsos');
  await openProposal(page, memberName);
  await detail(page).getByRole('button', { name: /akta-kematian\.png/ }).click();
  await expect(detail(page).getByRole('img', { name: 'akta-kematian.png' })).toBeVisible();
  await page.screenshot({ path: 'docs/images/usulan.png' });
  await detail(page).getByRole('button', { name: 'Verifikasi' }).click();
  await expect(title(page)).toContainText('Diverifikasi');

  // The head of the office approves; Ajukan and Verifikasi are not theirs.
  await logInAs(page, 'kepala', 'Kepala Dinas');
  await openProposal(page, memberName);
  await expect(detail(page).getByRole('button', { name: /^(Ajukan|Verifikasi|Kembalikan)$/ })).toHaveCount(0);
  await detail(page).getByRole('button', { name: 'Sahkan' }).click();
  await expect(title(page)).toContainText('Disahkan');
  const history = detail(page).getByRole('table', { name: 'Riwayat usulan' }).locator('tbody tr');
  // The status steps (no field), oldest first.
  const steps = await history.evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)).filter((cells) => !cells[3]).map((cells) => `${cells[1]} · ${cells[2]}`));
  expect(steps.reverse()).toEqual([
    'Operator Desa Uji (Operator desa) · Usulan dibuat',
    'Operator Desa Uji (Operator desa) · Diajukan',
    'Verifikator Dinsos (Verifikator) · Dikembalikan',
    'Operator Desa Uji (Operator desa) · Diajukan',
    'Verifikator Dinsos (Verifikator) · Diverifikasi',
    'Kepala Dinas (Kepala OPD) · Disahkan',
  ]);
  await expect(history.filter({ hasText: 'Diterapkan dari usulan' }).filter({ has: page.getByRole('cell', { name: 'Keberadaan anggota', exact: true }) })).toContainText('1. Tinggal bersama keluarga → 2. Meninggal');
  await expect(history.filter({ hasText: 'Bukti diunggah' })).toHaveCount(2);

  // The member is now meninggal (keberadaan) in the family editor.
  await page.getByRole('button', { name: 'Data keluarga' }).click();
  await page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' }).fill(noKk);
  await expect(page.locator('.data-grid .ag-row[row-index]')).toHaveCount(1);
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  await expect(editor.locator('.fe-members tbody tr').filter({ hasText: memberName })).toContainText('Meninggal');
});
