import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TaskBoard } from './pages/TaskBoard';

/** Pastes like a user does: one paste event carrying the text, then the browser inserts it (unless refused). */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (element.dispatchEvent(event)) document.execCommand('insertText', false, value);
  }, text);
}

async function openNewTask(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'New task' }).click();
  return page.getByRole('dialog', { name: 'New task' });
}

test.beforeEach(async ({ cockpit }) => {
  await cockpit.open();
});

test('a long incident title is kept whole and the dialog says by how much it is over', async ({ page }) => {
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  const title = dialog.getByLabel('Title');
  const long = `Checkout down ${'x'.repeat(236)}`;
  await paste(title, long);
  await expect(title).toHaveValue(long);
  await expect(dialog.getByText('Limited to 200 characters: 50 too many.', { exact: false })).toBeVisible();
  // Shortened, the warning goes.
  await title.fill('Checkout down');
  await expect(dialog.getByText(/too many/)).toHaveCount(0);
});

test('a long task title stays in the box with the limit said, and is saved once shortened', async ({
  page,
  cockpit,
}) => {
  await cockpit.declare({ title: 'Checkout errors', commander: 'Alice' });
  const dialog = await openNewTask(page);
  const outcome = dialog.getByLabel('Outcome');
  const long = `Roll back ${'y'.repeat(200)}`;
  await paste(outcome, long);
  await expect(outcome).toHaveValue(long);
  await expect(dialog.getByText('Limited to 200 characters: 10 too many.', { exact: false })).toBeVisible();
  // Saving as it is refuses, nothing is cut, and the text is still there to shorten.
  await dialog.getByRole('button', { name: /Create|Save|Add/ }).click();
  await expect(outcome).toHaveValue(long);
  await outcome.fill('Roll back the release');
  await dialog.getByRole('button', { name: /Create|Save|Add/ }).click();
  await expect(dialog).toBeHidden();
  // On the board, not in the unassigned-task nudge that names it too.
  await expect(new TaskBoard(page).card('Roll back the release')).toBeVisible();
});

test('a runbook paste over the limit is refused with the limit in the message, and the cockpit answers', async ({
  page,
  cockpit,
}) => {
  await cockpit.declare({ title: 'Orders DB primary down', commander: 'Alice' });
  await page.getByRole('button', { name: 'Runbooks…' }).click();
  await page
    .getByRole('button', { name: /Import/ })
    .first()
    .click();
  const importing = page.getByRole('dialog', { name: 'Import a runbook' });
  const box = importing.getByLabel('Runbook JSON');
  await paste(box, `{"name":"${'z'.repeat(2 * 1024 * 1024)}"}`);
  await expect(importing.getByRole('alert')).toHaveText(
    'Pasted text is limited to 1.0 MB (this was 2.0 MB): nothing was pasted. Paste less, or choose a smaller file.',
  );
  await expect(box).toHaveValue('');
  // Still responsive: a small paste goes in.
  await paste(box, '{"name":"Orders DB"}');
  await expect(box).toHaveValue('{"name":"Orders DB"}');
});

test('a right-to-left override in someone’s text cannot reorder what follows it', async ({ cockpit }) => {
  await cockpit.declare({ title: 'Checkout errors', commander: 'Alice' });
  const entry = `Approved by \u202Egnp.exe\u202C`;
  await cockpit.addEntry('Decision', entry);
  const line = cockpit.line('Approved by');
  await expect(line).toBeVisible();
  // The text sits in its own bidi isolate, so the override ends with it.
  await expect(line.locator('bdi').filter({ hasText: 'Approved by' })).toHaveCSS('unicode-bidi', 'isolate');
});
