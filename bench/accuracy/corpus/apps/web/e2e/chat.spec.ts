import { expect, test } from '@playwright/test';

test('chat answers', async ({ page }) => {
  await page.route('**/api/chat', (route) =>
    route.fulfill({ body: JSON.stringify({ type: 'message', role: 'assistant', model: 'claude-3-haiku-20240307', content: [{ type: 'text', text: 'Hello' }] }) }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading')).toHaveText('Acme Assist');
});
