import { expect, familyCell, memberCell, openDemo, test } from './fixtures';

/** Regenerates docs/images/grid.png: the Anggota grid with a code-list editor open over the family editor. */
test('screenshot: data grid with a code-list editor and the family editor', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemo(page);
  await familyCell(page, 2, 'alamat').dblclick();
  await page.locator('.cell-editor-input').fill('Jl. Merpati No. 12');
  await page.keyboard.press('Enter');
  await expect(familyCell(page, 2, 'alamat')).toHaveText('Jl. Merpati No. 12');
  await page.getByRole('tab', { name: 'Anggota', exact: true }).click();
  await memberCell(page, 1, 'keberadaan').click();
  await memberCell(page, 1, 'keberadaan').dblclick();
  await page.locator('.code-editor input').fill('pindah');
  await expect(page.locator('.code-editor li').first()).toBeVisible();
  await page.screenshot({ path: 'docs/images/grid.png' });
  await page.locator('.code-editor li').first().click();
  await expect(memberCell(page, 1, 'keberadaan')).toHaveText(/Pindah/);
});
