import { expect, familyCell, memberCell, openDemo, test } from './fixtures';

/** Regenerates docs/images/grid.png: the families grid with the member panel and its history open. */
test('screenshot: families grid with member panel', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDemo(page);
  await familyCell(page, 2, 'address').dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Jl. Merpati No. 12');
  await page.keyboard.press('Enter');
  await expect(familyCell(page, 2, 'address')).toHaveText('Jl. Merpati No. 12');
  await familyCell(page, 2, 'headName').click();
  await memberCell(page, 1, 'presence').dblclick();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Pindah dalam negeri' }).click();
  await expect(memberCell(page, 1, 'presence')).toHaveText('Pindah dalam negeri');
  await expect(page.locator('.audit-table tbody tr')).toHaveCount(2);
  await page.screenshot({ path: 'docs/images/grid.png' });
});
