import type { Page } from '@playwright/test';
import { expect, familyCell, memberCell, openDemo, test } from './fixtures';

/** Member NIK rules the demo's planted invalid NIKs fall under; the first one with errors is used. */
const NIK_RULES = ['nik-bukan-16-digit', 'nik-tanggal-tidak-sah', 'nik-nomor-urut-0000', 'nik-kode-wilayah-nol'];

type Counts = { errors: number; warnings: number; acknowledged: number };

async function ruleCounts(page: Page, ruleId: string): Promise<Counts> {
  const cells = await page.locator(`tr[data-rule="${ruleId}"] td.num`).allTextContents();
  const [errors, warnings, acknowledged] = cells.map((text) => Number(text.replace(/\D/g, '')));
  return { errors: errors ?? 0, warnings: warnings ?? 0, acknowledged: acknowledged ?? 0 };
}

async function openValidation(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Validasi', exact: true }).click();
  await expect(page.locator('tr[data-rule]').first()).toBeVisible();
}

/** A NIK of the same region as `nik` that agrees with a dd/mm/yyyy birth date and the sex, with a serial unlikely to be taken. */
function nikFor(nik: string, birthDate: string, female: boolean): string {
  const [dd, mm, yyyy] = birthDate.split('/');
  const d = Number(dd) + (female ? 40 : 0);
  return `${nik.slice(0, 6)}${String(d).padStart(2, '0')}${mm}${yyyy!.slice(2)}9${String(Date.now() % 1000).padStart(3, '0')}`;
}

test('run the check, open a rule, fix the NIK in the Anggota grid and see the count drop', async ({ page }) => {
  test.setTimeout(150_000);
  await openDemo(page);
  await openValidation(page);
  await page.getByRole('button', { name: 'Jalankan pemeriksaan' }).click();
  await expect(page.locator('.validation-run [role="status"]')).toContainText('Pemeriksaan terakhir', { timeout: 60_000 });
  await expect(page.locator('.total-errors .total-value')).not.toHaveText('0');

  let ruleId = '';
  let before: Counts = { errors: 0, warnings: 0, acknowledged: 0 };
  for (const id of NIK_RULES) {
    before = await ruleCounts(page, id);
    if (before.errors > 0) {
      ruleId = id;
      break;
    }
  }
  expect(ruleId, 'a NIK rule with errors in the demo').not.toBe('');
  const title = (await page.locator(`tr[data-rule="${ruleId}"] .rule-title`).textContent()) ?? '';

  // Expanding a rule shows its explanation and hint.
  await page.locator(`tr[data-rule="${ruleId}"] .expander button`).click();
  await expect(page.locator('.rule-details').first()).toContainText('Cara memperbaiki:');

  await page.locator(`tr[data-rule="${ruleId}"] .rule-link`).click();
  const chip = page.locator('.rule-chip');
  await expect(chip).toContainText(`Aturan: ${title}`);
  await expect(chip).toContainText(/\d+ keluarga/);
  const families = Number(/(\d+) keluarga/.exec((await chip.textContent()) ?? '')?.[1]);
  expect(families).toBeGreaterThan(0);
  expect(families).toBeLessThanOrEqual(before.errors);
  await expect(page.locator('.row-count')).toHaveText(`${families} keluarga`);

  // The Anggota view under the same rule filter lists the members with the finding.
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  await expect(page.locator('.row-count')).toHaveText(/^[1-9]\d* anggota$/);
  const members = Number(((await page.locator('.row-count').textContent()) ?? '').replace(/\D/g, ''));
  await memberCell(page, 0, 'nama').click();
  const nikCell = memberCell(page, 0, 'nik');
  await expect(nikCell).toHaveClass(/cell-finding-error/);
  const oldNik = (await nikCell.textContent()) ?? '';
  const birthDate = (await memberCell(page, 0, 'tanggalLahir').textContent()) ?? '';
  const female = (await memberCell(page, 0, 'jenisKelamin').textContent()) === '2. Perempuan';

  // The editor says what the typed number means before it is saved; the fixed NIK leaves the rule's list.
  const fixed = nikFor(oldNik, birthDate, female);
  await nikCell.dblclick();
  await page.locator('.cell-editor-input').fill(fixed);
  await expect(page.locator('.cell-editor-feedback')).toContainText(`Lahir ${birthDate}`);
  await page.locator('.cell-editor-input').press('Enter');
  await expect(page.locator('.row-count')).toHaveText(`${members - 1} anggota`);

  await openValidation(page);
  await expect.poll(() => ruleCounts(page, ruleId).then((c) => c.errors)).toBe(before.errors - 1);
});

test('accept a warning with a reason: it counts as acknowledged', async ({ page }) => {
  test.setTimeout(150_000);
  await openDemo(page);
  await openValidation(page);
  await page.getByRole('button', { name: 'Jalankan pemeriksaan' }).click();
  await expect(page.locator('.validation-run [role="status"]')).toContainText('Pemeriksaan terakhir', { timeout: 60_000 });

  // The first rule with open warnings.
  const ruleId = await page.locator('tr[data-rule]').evaluateAll((rows) => {
    const row = rows.find((r) => (r.querySelectorAll('td.num')[1]?.textContent ?? '0').replace(/\D/g, '') !== '0');
    return row?.getAttribute('data-rule') ?? '';
  });
  expect(ruleId, 'a rule with warnings in the demo').not.toBe('');
  const before = await ruleCounts(page, ruleId);

  await page.locator(`tr[data-rule="${ruleId}"] .rule-link`).click();
  await expect(page.locator('.rule-chip')).toBeVisible();
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  await page.getByRole('tab', { name: 'Temuan' }).click();
  const warning = page.locator('.finding').filter({ has: page.locator('.severity-warning') }).filter({ hasText: 'Terima dengan alasan' }).first();
  await warning.getByRole('button', { name: 'Terima dengan alasan' }).click();
  const reason = page.getByLabel('Alasan menerima');
  await reason.fill('abc');
  await expect(page.getByRole('button', { name: 'Simpan', exact: true })).toBeDisabled();
  await expect(page.locator('.ack-short')).toHaveText('Alasan minimal 5 karakter.');
  await reason.fill('Sesuai KK terbaru, sudah dicek di desa');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.locator('.finding-ack').first()).toContainText('Sesuai KK terbaru, sudah dicek di desa');

  await openValidation(page);
  await expect.poll(() => ruleCounts(page, ruleId)).toEqual({ errors: before.errors, warnings: before.warnings - 1, acknowledged: before.acknowledged + 1 });
  await expect(page.locator('.total-ack .total-value')).not.toHaveText('0');
});

test('Validasi screenshot and the duplicates tab', async ({ page }) => {
  test.setTimeout(150_000);
  await openDemo(page);
  await openValidation(page);
  await page.getByRole('button', { name: 'Jalankan pemeriksaan' }).click();
  await expect(page.locator('.validation-run [role="status"]')).toContainText('Pemeriksaan terakhir', { timeout: 60_000 });
  await page.locator('tr.rule-open .expander button').first().click();
  await page.screenshot({ path: 'docs/images/validasi.png' });

  // A rule within one desa: the desa's own counts, and the grid filtered to the rule and the desa.
  const desaRow = page.locator('tr[data-desa]').filter({ has: page.locator('td.num').first().filter({ hasNotText: /^0$/ }) }).first();
  const desaName = (await desaRow.locator('.rule-link').textContent()) ?? '';
  await desaRow.locator('.rule-link').click();
  await expect(page.locator('.rules-card h2')).toContainText(`Hanya desa ${desaName}`);
  await page.locator('tr[data-rule] .rule-link').first().click();
  await expect(page.locator('.rule-chip')).toContainText(desaName);
  await expect(page.locator('.row-count')).toHaveText(/^[1-9]\d* keluarga$/);
  await expect(page.getByRole('combobox', { name: 'Desa/kelurahan' }).locator('option:checked')).toHaveText(desaName);
  await familyCell(page, 0, 'namaKepalaKeluarga').click();
  await page.getByRole('tab', { name: 'Temuan' }).click();
  await expect(page.locator('.findings .finding').first()).toBeVisible();
  if (process.env.VALIDASI_DEBUG) await page.screenshot({ path: '/tmp/pw/families-filtered.png' });
  await page.getByRole('button', { name: 'Hapus filter aturan' }).click();
  await expect(page.locator('.rule-chip')).toHaveCount(0);
  await openValidation(page);

  await page.getByRole('tab', { name: 'Kemungkinan ganda' }).click();
  const table = page.locator('.duplicates-table');
  await expect(table).toBeVisible();
  await expect(table.locator('.pair-first').first()).toContainText(/\d{16}/);
});
