import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const cell = (page: Page, row: number, col: string) => page.locator(`.data-grid .ag-row[row-index="${row}"] .ag-cell[col-id="${col}"]`);
const columnTexts = (page: Page, col: string): Promise<string[]> =>
  page.locator('.data-grid .ag-row[row-index]').evaluateAll(
    (rows, id) => rows
      .map((row) => ({ index: Number(row.getAttribute('row-index')), text: row.querySelector(`[col-id="${id}"]`)?.textContent ?? '' }))
      .sort((a, b) => a.index - b.index)
      .map((row) => row.text),
    col,
  );
const count = (page: Page) => page.locator('.row-count');
const countOf = async (page: Page) => Number(((await count(page).textContent()) ?? '').replace(/\D/g, ''));

async function openMembers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Buka workspace demo' }).click();
  await expect(cell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  await expect(cell(page, 0, 'nik')).toHaveText(/^\d{16}$/);
  await expect(count(page)).toHaveText(/anggota$/);
}

/** Excel's clipboard as a paste event at the focused cell. */
async function pasteTsv(page: Page, text: string): Promise<void> {
  // Source text: this file is type-checked without the DOM library.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

test('Anggota view: sort, code-list filter, quick search by NIK and by name word', async ({ page }) => {
  await openMembers(page);
  const total = await countOf(page);

  await page.locator('.data-grid .ag-header-cell[col-id="nama"] .ag-header-cell-label').click();
  await expect(async () => {
    const names = (await columnTexts(page, 'nama')).map((name) => name.toLocaleLowerCase('id'));
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }).toPass();

  await page.locator('.data-grid .ag-header-cell[col-id="jenisKelamin"] .ag-header-cell-filter-button').click();
  await page.locator('.code-set-filter label', { hasText: '2. Perempuan' }).locator('input').check();
  await page.keyboard.press('Escape');
  await expect.poll(() => countOf(page)).toBeLessThan(total);
  await expect(async () => {
    const sexes = await columnTexts(page, 'jenisKelamin');
    expect(sexes.length).toBeGreaterThan(3);
    expect(new Set(sexes)).toEqual(new Set(['2. Perempuan']));
  }).toPass();

  const nik = (await cell(page, 3, 'nik').textContent()) ?? '';
  const search = page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' });
  await search.fill(nik);
  await expect(count(page)).toHaveText('1 anggota');
  await expect(cell(page, 0, 'nik')).toHaveText(nik);

  const name = (await cell(page, 0, 'nama').textContent()) ?? '';
  const word = name.split(' ').at(-1)!.slice(0, 3);
  await search.fill(word.toLowerCase());
  await expect.poll(() => countOf(page)).toBeGreaterThan(1);
  await expect(async () => {
    const names = await columnTexts(page, 'nama');
    expect(names.every((n) => n.toLowerCase().split(/\s+/).some((w) => w.startsWith(word.toLowerCase())))).toBe(true);
  }).toPass();
});

test('editing a cell: feedback as you type, an unreadable date is not saved, a valid one is', async ({ page }) => {
  await openMembers(page);
  const date = cell(page, 2, 'tanggalLahir');
  const before = (await date.textContent()) ?? '';
  await date.dblclick();
  const input = page.locator('.cell-editor-input');
  await input.fill('31/02/1990');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.cell-editor-feedback.error')).toBeVisible();
  await input.press('Escape');
  await expect(date).toHaveText(before);

  const nik = cell(page, 2, 'nik');
  await nik.dblclick();
  await input.fill('3328015508800001');
  await expect(page.locator('.cell-editor-feedback')).toContainText('Lahir 15/08/1980, perempuan');
  await input.press('Escape');

  await date.dblclick();
  await input.fill('17 Agustus 1980');
  await input.press('Enter');
  await expect(date).toHaveText('17/08/1980');
});

test('paste a TSV block from Excel: preview with a refused cell, apply, undo, redo', async ({ page }) => {
  await openMembers(page);
  const places = [0, 1, 2].map((row) => cell(page, row, 'tempatLahir'));
  const before = await Promise.all(places.map(async (c) => (await c.textContent()) ?? ''));
  await places[0]!.click();
  await pasteTsv(page, 'BREBES\t30/13/1990\r\nPEMALANG\t01/02/1991\r\nSLAWI\t02/03/1992\r\n');

  const preview = page.getByRole('dialog', { name: 'Pratinjau tempel dari Excel' });
  await expect(preview).toContainText('6 sel');
  await expect(preview.locator('tr.invalid')).toHaveCount(1);
  await expect(preview.locator('tr.invalid')).toContainText('Tanggal lahir');
  await preview.getByRole('button', { name: /^Terapkan \d+ perubahan$/ }).click();
  await expect(preview).toBeHidden();
  await expect(places[0]!).toHaveText('BREBES');
  await expect(places[2]!).toHaveText('SLAWI');
  await expect(cell(page, 1, 'tanggalLahir')).toHaveText('01/02/1991');

  await page.getByRole('button', { name: 'Urungkan' }).click();
  for (const [index, place] of places.entries()) await expect(place).toHaveText(before[index]!);
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(places[1]!).toHaveText('PEMALANG');

  // The paste, its undo and redo are audited changes of the member.
  const name = (await cell(page, 0, 'nama').textContent()) ?? '';
  await places[0]!.click();
  const editor = page.getByRole('region', { name: 'Editor keluarga' });
  await editor.locator('.fe-members tbody tr', { hasText: name }).first().click();
  await editor.getByRole('tab', { name: 'Riwayat perubahan' }).click();
  const history = page.getByRole('region', { name: 'Riwayat perubahan' });
  await expect(history.getByRole('row').filter({ hasText: 'BREBES' })).toHaveCount(3);
});

test('fill-down over selected rows, and a saved view keeps columns and filters', async ({ page }) => {
  await openMembers(page);
  await cell(page, 0, 'tempatLahir').click();
  await cell(page, 3, 'tempatLahir').click({ modifiers: ['Shift'] });
  await cell(page, 0, 'tempatLahir').click({ modifiers: ['Control'] });
  await cell(page, 0, 'tempatLahir').click({ modifiers: ['Control'] });
  const source = (await cell(page, 0, 'tempatLahir').textContent()) ?? '';
  await page.keyboard.press('Control+d');
  const preview = page.getByRole('dialog', { name: 'Pratinjau isi ke bawah' });
  await expect(preview).toContainText('3 sel');
  await preview.getByRole('button', { name: /^Terapkan/ }).click();
  for (const row of [1, 2, 3]) await expect(cell(page, row, 'tempatLahir')).toHaveText(source);

  await page.getByRole('button', { name: 'Pilih kolom' }).click();
  const chooser = page.getByRole('region', { name: 'Kolom yang ditampilkan' });
  await chooser.getByRole('searchbox').fill('ibu kandung');
  await chooser.getByRole('checkbox', { name: 'Nama ibu kandung', exact: true }).check();
  await expect(page.locator('.data-grid .ag-header-cell[col-id="namaIbuKandung"]')).toBeVisible();
  const all = await countOf(page);
  await page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' }).fill('siti');
  await expect.poll(() => countOf(page)).toBeLessThan(all);
  await page.getByRole('button', { name: 'Simpan tampilan...' }).click();
  await page.getByRole('textbox', { name: 'Nama tampilan' }).fill('Siti dan ibu kandung');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  const sitiCount = await countOf(page);

  await page.reload();
  await expect(cell(page, 0, 'noKk')).toHaveText(/^\d{16}$/, { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  await expect(page.locator('.data-grid .ag-header-cell[col-id="namaIbuKandung"]')).toBeVisible();
  await page.getByLabel('Tampilan tersimpan').selectOption('Siti dan ibu kandung');
  await expect(page.getByRole('searchbox', { name: 'Cari NIK, No KK, ID DTKS atau nama' })).toHaveValue('siti');
  await expect.poll(() => countOf(page)).toBe(sitiCount);
});
