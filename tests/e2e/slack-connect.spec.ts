import { DEFAULT_TOKEN } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';

/** Pasting the bot token: what the IC is told while connecting, before and after Slack answers. */
test.describe('connecting Slack with a pasted token', () => {
  // Asking for `slack` here forgets any saved token before the page first asks whether Slack is connected.
  test.beforeEach(async ({ cockpit, slack: _disconnected }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Checkout failing', commander: 'Alice' });
  });

  async function paste(broadcasts: Broadcasts, token: string, apiUrl: string): Promise<void> {
    await broadcasts.panel.getByRole('button', { name: 'Slack connection' }).click();
    await broadcasts.slackDialog.getByLabel('Bot token').fill(token);
    await broadcasts.slackDialog.getByLabel('API base URL').fill(apiUrl);
    await broadcasts.slackDialog.getByRole('button', { name: 'Connect' }).click();
  }

  test('spaces pasted around the token are dropped: Slack gets the token alone', async ({ page, slack }) => {
    const broadcasts = new Broadcasts(page);
    await paste(broadcasts, `  ${DEFAULT_TOKEN}\t `, slack.url);
    await expect(broadcasts.slackDialog.getByText('Connected to War Room Test as warroom')).toBeVisible();
    expect(slack.server.state.requests.map((r) => r.token)).toEqual([DEFAULT_TOKEN]);
  });

  test('a token of the wrong shape is explained and never sent to Slack', async ({ page, slack }) => {
    const broadcasts = new Broadcasts(page);
    const alert = broadcasts.slackDialog.getByRole('alert');
    await paste(broadcasts, 'xapp-1-A0123456-7890-abcdef', slack.url);
    await expect(alert).toHaveText(
      /That is an app-level token \(xapp-…\)\. War Room needs the Bot User OAuth/,
    );
    await broadcasts.slackDialog.getByLabel('Bot token').fill(`${DEFAULT_TOKEN} ${DEFAULT_TOKEN}`);
    await broadcasts.slackDialog.getByRole('button', { name: 'Connect' }).click();
    await expect(alert).toHaveText(/The token has a space or line break inside it/);
    await broadcasts.slackDialog.getByLabel('Bot token').fill(`"${DEFAULT_TOKEN}"`);
    await broadcasts.slackDialog.getByRole('button', { name: 'Connect' }).click();
    await expect(alert).toHaveText(/That is not a Slack bot token: it starts with xoxb-/);
    expect(slack.server.state.requests).toEqual([]);
    await expect(broadcasts.slackDialog.getByText('Slack is not connected.')).toBeVisible();
  });

  test('a token Slack does not know is spoken of as the one just pasted', async ({ page, slack }) => {
    const broadcasts = new Broadcasts(page);
    await paste(broadcasts, 'xoxb-not-a-real-token', slack.url);
    const alert = broadcasts.slackDialog.getByRole('alert');
    await expect(alert).toHaveText(/^Slack does not know this token\. .* paste it here\.$/);
    await expect(alert).not.toHaveText(/saved|send again/);
  });

  test('when Slack does not say which permissions the token has, none is called missing', async ({
    page,
    slack,
  }) => {
    // As behind a proxy that strips Slack's X-OAuth-Scopes header.
    slack.server.state.tokens.set('xoxb-behind-a-proxy', { scopes: ['chat:write'], reportsScopes: false });
    const broadcasts = new Broadcasts(page);
    await paste(broadcasts, 'xoxb-behind-a-proxy', slack.url);
    await expect(broadcasts.slackDialog.getByText('Connected to War Room Test as warroom')).toBeVisible();
    await expect(
      broadcasts.slackDialog.getByText(/Slack did not say which permissions this token has/),
    ).toBeVisible();
    await expect(broadcasts.slackDialog.getByText(/lacks these permissions/)).toHaveCount(0);
  });
});
