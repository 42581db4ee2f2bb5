import { DEFAULT_TOKEN } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';

test.describe('connecting Slack', () => {
  // Asking for `slack` here forgets any saved token before the page first asks whether Slack is connected.
  test.beforeEach(async ({ cockpit, slack: _disconnected }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Checkout failing', commander: 'Alice' });
  });

  test('the token is verified, the workspace and bot are named, and the token never comes back', async ({
    page,
    slack,
  }) => {
    const answers: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/rpc/')) void response.text().then((body) => answers.push(body));
    });
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await page.reload();
    await broadcasts.panel.getByRole('button', { name: 'Slack connection' }).click();
    await expect(broadcasts.slackDialog.getByText('Connected to War Room Test as warroom')).toBeVisible();
    await expect(
      broadcasts.slackDialog.getByText('The token is kept in a file only your user can read.'),
    ).toBeVisible();
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.join('\n')).not.toContain(DEFAULT_TOKEN);
  });

  test('missing permissions are named', async ({ page, slack }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.panel.getByRole('button', { name: 'Slack connection' }).click();
    await broadcasts.slackDialog.getByLabel('Bot token').fill('xoxb-post-only');
    await broadcasts.slackDialog.getByLabel('API base URL').fill(slack.url);
    await broadcasts.slackDialog.getByRole('button', { name: 'Connect' }).click();
    await expect(
      broadcasts.slackDialog.getByText(
        'The Slack app lacks these permissions: channels:read, channels:history, channels:manage.',
        { exact: false },
      ),
    ).toBeVisible();
  });

  test('a wrong token and a plain-http address elsewhere are refused with what to do', async ({
    page,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.panel.getByRole('button', { name: 'Slack connection' }).click();
    const dialog = broadcasts.slackDialog;
    await dialog.getByLabel('Bot token').fill('xoxb-not-a-real-token');
    await dialog.getByLabel('API base URL').fill(slack.url);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/Slack does not know this token/);
    await dialog.getByLabel('Bot token').fill(DEFAULT_TOKEN);
    await dialog.getByLabel('API base URL').fill('http://slack.example.com/api/');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/must use https:\/\//);
    expect(slack.server.state.requests.filter((r) => r.token === DEFAULT_TOKEN)).toEqual([]);
  });

  test('disconnecting asks first, then forgets the token', async ({ page, slack }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await broadcasts.panel.getByRole('button', { name: 'Slack connection' }).click();
    await broadcasts.slackDialog.getByRole('button', { name: 'Disconnect' }).click();
    await page
      .getByRole('dialog', { name: 'Disconnect Slack?' })
      .getByRole('button', { name: 'Disconnect' })
      .click();
    await expect(broadcasts.slackDialog.getByText('Slack is not connected.')).toBeVisible();
    await broadcasts.slackDialog.getByRole('button', { name: 'Close' }).click();
    await expect(broadcasts.panel.getByText(/Connect Slack to send stakeholder updates/)).toBeVisible();
  });
});
