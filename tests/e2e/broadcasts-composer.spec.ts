import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';

/** What the composer and the update history say about one update: why it went, and what is too long. */
test.describe('composing a stakeholder update', () => {
  // Asking for `slack` here forgets any saved token before the page first asks whether Slack is connected.
  test.beforeEach(async ({ page, cockpit, slack }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Checkout failing', severity: 'SEV-2', commander: 'Alice' });
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.chooseChannels(['exec-updates']);
  });

  test('the first update is called the first update; a later one after a status change, a status change', async ({
    page,
    cockpit,
  }) => {
    const broadcasts = new Broadcasts(page);
    const history = broadcasts.panel.getByTestId('broadcast-history');
    await broadcasts.panel
      .getByRole('alert')
      .filter({ hasText: 'Stakeholders have not heard about this incident yet' })
      .getByRole('button', { name: 'Review and send' })
      .click();
    await broadcasts.send();
    await expect(broadcasts.delivery('exec-updates', 'Sent')).toBeVisible();
    await expect(history).toContainText('· first update');
    await expect(history).not.toContainText('status change');
    await expect(
      cockpit.line(/Stakeholder update queued for #exec-updates \(.*, first update\)/),
    ).toBeVisible();

    await cockpit.changeStatus('Identified');
    await broadcasts.panel
      .getByRole('alert')
      .filter({ hasText: 'Status or severity changed' })
      .getByRole('button', { name: 'Review and send' })
      .click();
    await broadcasts.send();
    await expect(broadcasts.delivery('exec-updates', 'Sent')).toHaveCount(2);
    await expect(history).toContainText('· status change');
    await expect(history).toContainText('· first update');
  });

  test('a section too long for Slack is named, at the message and at the field itself', async ({ page }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.openComposer();
    const impact = broadcasts.section('Impact');
    await impact.fill('word '.repeat(700));
    await expect(
      broadcasts.composer.getByText(/^“Impact” is \d+ characters too long: Slack allows 3000 in a section\./),
    ).toBeVisible();
    await expect(impact).toHaveAccessibleDescription(/characters too long for Slack/);
    await expect(broadcasts.section('Current status')).not.toHaveAccessibleDescription(/too long/);
    await expect(broadcasts.composer.getByRole('button', { name: 'Send to 1 channel' })).toBeDisabled();
    await impact.fill('All card payments fail.');
    await expect(broadcasts.composer.getByText(/too long/)).toHaveCount(0);
  });

  test('an unbroken long string wraps in the preview instead of running out of it', async ({ page }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.openComposer();
    const trace = `https://status.example.com/${'a1b2c3d4'.repeat(60)}`;
    await broadcasts.section('Impact').fill(trace);
    const preview = broadcasts.composer.getByTestId('broadcast-preview');
    await expect(preview).toContainText(trace);
    const overflow = await preview.evaluate((box) => box.scrollWidth - box.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const previewBox = await preview.boundingBox();
    const dialogBox = await broadcasts.composer.boundingBox();
    expect(previewBox && dialogBox && previewBox.x + previewBox.width).toBeLessThanOrEqual(
      (dialogBox?.x ?? 0) + (dialogBox?.width ?? 0),
    );
  });
});
