import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const cell = (page: Page, row: number, col: string) => page.locator(`.data-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);

async function openDemoGrid(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Buka workspace demo' }).click();
  await expect(cell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 60_000 });
}

/** The first family of the first block with at least `min` members, opened in the editor; its row index. */
async function openFamilyWith(page: Page, min: number): Promise<number> {
  for (let row = 0; row < 30; row++) {
    if (Number(await cell(page, row, 'memberCount').textContent()) >= min) {
      await cell(page, row, 'namaKepalaKeluarga').click();
      await expect(editor(page).locator('.fe-members tbody tr').first()).toBeVisible();
      return row;
    }
  }
  throw new Error(`no family with ${min} members in the first rows`);
}

const editor = (page: Page) => page.getByRole('region', { name: 'Editor keluarga' });
const memberRows = (page: Page) => editor(page).locator('.fe-members tbody tr');
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

/** A present member row that is not the head (the list is in KK order: head first). */
async function nonHeadRow(page: Page, skip = 0): Promise<Locator> {
  const rows = memberRows(page).filter({ hasNotText: 'Kepala keluarga' }).filter({ hasText: 'Tinggal bersama keluarga' });
  return rows.nth(skip);
}

const nameOf = async (row: Locator) => ((await row.locator('td').first().textContent()) ?? '').trim();

test('family editor: card field with validation, change head, deceased, pecah KK, history and grid', async ({ page }) => {
  test.setTimeout(150_000);
  await openDemoGrid(page);
  const row = await openFamilyWith(page, 4);
  const noKk = (await cell(page, row, 'noKk').textContent()) ?? '';
  const count = Number(await cell(page, row, 'memberCount').textContent());

  // A card field: an unreadable value is shown as such and not saved; a valid one is saved.
  await editor(page).getByRole('tab', { name: 'Kartu keluarga' }).click();
  const rt = editor(page).getByLabel('RT', { exact: true });
  await rt.fill('12345');
  await expect(rt).toHaveAttribute('aria-invalid', 'true');
  await expect(editor(page).locator('[data-field="rt"] .fe-msg-error')).toContainText('RT');
  await rt.press('Escape');
  await rt.fill('007');
  await rt.press('Enter');
  await expect(rt).toHaveValue('007');
  await expect(rt).not.toHaveAttribute('aria-invalid', 'true');

  // Ganti kepala keluarga: the first other member becomes head; the previous head becomes Istri/suami.
  await editor(page).getByRole('tab', { name: 'Anggota keluarga' }).click();
  const newHead = await nameOf(await nonHeadRow(page));
  await editor(page).getByRole('button', { name: 'Ganti kepala keluarga' }).click();
  await dialog(page, 'Ganti kepala keluarga').getByRole('button', { name: 'Ganti kepala keluarga' }).click();
  await expect(dialog(page, 'Ganti kepala keluarga')).toBeHidden();
  await expect(memberRows(page).first()).toContainText(newHead);
  await expect(memberRows(page).first()).toContainText('Kepala keluarga');
  await expect(editor(page).locator('.panel-subtitle')).toContainText(newHead);

  // Meninggal, with date and reason.
  const deceased = await nonHeadRow(page);
  const deceasedName = await nameOf(deceased);
  await deceased.click();
  await editor(page).getByRole('button', { name: 'Ubah keberadaan' }).click();
  const presence = dialog(page, `Ubah keberadaan: ${deceasedName}`);
  await presence.getByLabel('Tanggal (dd/mm/yyyy)').fill('31/02/2025');
  await presence.getByLabel(/Alasan/).fill('Surat keterangan kematian dari desa');
  await presence.getByRole('button', { name: 'Simpan keberadaan' }).click();
  await expect(presence.getByRole('alert')).toContainText('tidak ada di kalender');
  await presence.getByLabel('Tanggal (dd/mm/yyyy)').fill('03/02/2025');
  await presence.getByRole('button', { name: 'Simpan keberadaan' }).click();
  await expect(presence).toBeHidden();
  await expect(memberRows(page).filter({ hasText: deceasedName })).toContainText('Meninggal');
  await expect(editor(page).locator('.panel-subtitle')).toContainText(`${count - 1} anggota`);

  // Pecah KK: one remaining member leaves as the head of a new family.
  const leaving = await nameOf(await nonHeadRow(page));
  const newNoKk = `${noKk.slice(0, 6)}010199${String(9000 + (Date.now() % 1000)).padStart(4, '0')}`;
  await editor(page).getByRole('button', { name: 'Pecah KK' }).click();
  const split = dialog(page, 'Pecah KK');
  await split.getByRole('checkbox', { name: new RegExp(leaving) }).check();
  await split.getByLabel(`Hubungan di KK baru: ${leaving}`).selectOption({ label: '1. Kepala keluarga' });
  await split.getByLabel('No KK baru').fill(newNoKk);
  await split.getByRole('button', { name: 'Buat KK baru' }).click();
  await expect(split).toBeHidden();
  await expect(memberRows(page).filter({ hasText: leaving })).toHaveCount(0);
  await expect(editor(page).locator('.panel-subtitle')).toContainText(`${count - 2} anggota`);

  // The history names each operation.
  await editor(page).getByRole('tab', { name: 'Riwayat perubahan' }).click();
  const history = editor(page).getByRole('region', { name: 'Riwayat perubahan' });
  await expect(history.getByRole('row').filter({ hasText: 'Pecah KK menjadi' })).toContainText(newNoKk);
  await expect(history.getByRole('row').filter({ hasText: 'Nama kepala keluarga' })).toContainText(`→ ${newHead}`);
  await expect(history.getByRole('row').filter({ hasText: 'Ganti kepala keluarga' }).first()).toBeVisible();
  await expect(history.getByRole('row').filter({ hasText: 'Ubah' }).filter({ hasText: 'RT' })).toContainText('→ 007');

  // The grid shows the new head and count, and finds the new family by its No KK.
  await page.reload();
  await expect(cell(page, row, 'noKk')).toHaveText(noKk, { timeout: 60_000 });
  await expect(cell(page, row, 'namaKepalaKeluarga')).toHaveText(newHead);
  await expect(cell(page, row, 'memberCount')).toHaveText(String(count - 2));
  await page.getByLabel('Cari NIK, No KK, ID DTKS atau nama').fill(newNoKk);
  await expect(cell(page, 0, 'noKk')).toHaveText(newNoKk);
  await expect(cell(page, 0, 'namaKepalaKeluarga')).toHaveText(leaving);
  await expect(cell(page, 0, 'memberCount')).toHaveText('1');
});

/** Regenerates docs/images/family-editor.png: a member selected, its card with a NIK being typed that the rules flag. */
test('screenshot: family editor', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1100 });
  await openDemoGrid(page);
  await openFamilyWith(page, 4);
  await (await nonHeadRow(page)).click();
  const nik = editor(page).locator('[data-field="nik"] input');
  const typed = (await nik.inputValue()).replace(/^(\d{6})\d{2}/, '$115');
  await nik.fill(typed);
  await expect(editor(page).locator('[data-field="nik"] .fe-msg-warning, [data-field="nik"] .fe-msg-error').first()).toBeVisible();
  await editor(page).locator('.fe-body').evaluate((body) => body.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/images/family-editor.png' });
});
