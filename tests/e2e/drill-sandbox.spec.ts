/**
 * A drill is unmistakable and its updates never reach a real stakeholder channel: the DRILL band stays on the
 * cockpit (and over the composer), an update with no drill channel set is delivered to the drill in War Room
 * while the loopback Slack server receives no post at all, and with a drill channel set it reaches only that
 * channel, marked [DRILL], even though the drill's plan names a stakeholder channel.
 */
import type { Page } from '@playwright/test';
import type { SlackServer, StoredMessage } from '../fixtures/slack-server';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Timeline } from './pages/Timeline';
import type { Cockpit } from './pages/Cockpit';

function messagesIn(server: SlackServer, name: string): StoredMessage[] {
  const channel = server.state.channels.find((c) => c.name === name);
  return channel === undefined ? [] : (server.state.messages.get(channel.id) ?? []);
}

const posts = (server: SlackServer) => server.state.requests.filter((r) => r.method === 'chat.postMessage');

async function declareDrill(page: Page, cockpit: Cockpit): Promise<void> {
  await cockpit.open();
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await dialog.getByLabel('Title').fill('Checkout slow (practice)');
  await dialog.getByLabel('Incident commander').fill('Alice');
  await dialog.getByLabel('This is a drill').check();
  await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** The drill's plan names a real stakeholder channel, as a careless IC might: it must not matter. */
async function planToExecUpdates(page: Page, broadcasts: Broadcasts): Promise<void> {
  await broadcasts.panel.getByRole('button', { name: 'Channels and cadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Broadcast settings for this incident' });
  await dialog.getByLabel('Search channels').fill('exec-updates');
  await dialog.getByRole('checkbox', { name: '#exec-updates', exact: true }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

async function composeAndSend(broadcasts: Broadcasts, expectedDestination: RegExp): Promise<void> {
  await broadcasts.openComposer();
  await expect(broadcasts.composer.getByTestId('drill-destination')).toHaveText(expectedDestination);
  await expect(broadcasts.composer.getByTestId('broadcast-preview')).toContainText(
    '[DRILL] SEV-2 · Checkout slow (practice)',
  );
  await broadcasts.composer.getByRole('button', { name: 'Tactical' }).click();
  await broadcasts.section('Conditions').fill('Checkout p99 at 4 s');
  await broadcasts.composer.getByRole('button', { name: 'Send to the drill' }).click();
  await expect(broadcasts.composer).toBeHidden();
}

async function bandIsOnTop(page: Page): Promise<boolean> {
  return page.getByTestId('drill-band').evaluate((band) => {
    const box = band.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && band.contains(top);
  });
}

test.describe('a drill', () => {
  test.beforeEach(async ({ page, cockpit, slack }) => {
    await declareDrill(page, cockpit);
    const broadcasts = new Broadcasts(page);
    await broadcasts.connect(slack.url);
    await planToExecUpdates(page, broadcasts);
  });

  test('shows the DRILL band, and with no drill channel its update stays in War Room: Slack receives nothing', async ({
    page,
    slack,
  }) => {
    const band = page.getByRole('region', { name: 'Drill: this is an exercise' });
    await expect(band).toBeVisible();
    await expect(band).toContainText('DRILL');
    await expect(band).toContainText('not a real incident');

    const broadcasts = new Broadcasts(page);
    await broadcasts.openComposer();
    // Above the composer too (a modal hides the page from screen readers, not from eyes): what is drawn at
    // the band's middle is the band, not the dialog's backdrop.
    expect(await bandIsOnTop(page)).toBe(true);
    await broadcasts.composer.getByRole('button', { name: 'Cancel' }).click();
    await composeAndSend(broadcasts, /stays in War Room, delivered to the drill/);

    const delivered = broadcasts.panel
      .getByTestId('broadcast-history')
      .getByRole('listitem', { name: 'Delivered to the drill (kept in War Room, not sent to Slack)' });
    await expect(delivered).toBeVisible();
    await delivered.getByRole('button', { name: 'Show as Slack would' }).click();
    const shown = delivered.getByRole('region', { name: 'The update as Slack would show it' });
    await expect(shown.getByTestId('broadcast-preview')).toContainText(
      '[DRILL] SEV-2 · Checkout slow (practice)',
    );
    await expect(shown.getByTestId('broadcast-preview')).toContainText('Checkout p99 at 4 s');
    await expect(
      page.getByText('Update delivered to the drill (kept in War Room, not sent to Slack)'),
    ).toBeVisible();

    expect(posts(slack.server)).toEqual([]);
    expect(messagesIn(slack.server, 'exec-updates')).toEqual([]);
  });

  test('with a drill channel set, its update reaches only that channel, marked [DRILL]', async ({
    page,
    slack,
  }) => {
    const broadcasts = new Broadcasts(page);
    await broadcasts.panel.getByRole('button', { name: 'Slack connection' }).click();
    const setting = broadcasts.slackDialog.getByRole('region', { name: 'Drill channel' });
    await setting.getByRole('button', { name: 'Channel for drills' }).click();
    await setting.getByLabel('Search channels').fill('support');
    await setting.getByRole('checkbox', { name: '#support', exact: true }).click();
    await expect(setting.getByTestId('drill-channel')).toHaveText('Drill updates go to #support.');
    await broadcasts.slackDialog.getByRole('button', { name: 'Close' }).click();

    await composeAndSend(broadcasts, /goes only to the drill channel #support/);
    await expect(broadcasts.delivery('support', 'Sent')).toBeVisible();
    const [received, ...more] = messagesIn(slack.server, 'support');
    expect(more).toEqual([]);
    expect(received?.text.startsWith('[DRILL] SEV-2 · Checkout slow (practice)')).toBe(true);
    expect(messagesIn(slack.server, 'exec-updates')).toEqual([]);
    expect(posts(slack.server).map((r) => r.params.channel)).toEqual([received?.channel ?? 'support']);
  });

  test('is listed apart from real incidents, after them, marked DRILL', async ({ page, cockpit }) => {
    await cockpit.declare({ title: 'Payments down', severity: 'SEV-1', commander: 'Bob' });
    const list = page.getByRole('navigation', { name: 'Incidents' });
    const groups = list.getByRole('list');
    await expect(groups).toHaveCount(2);
    await expect(groups.nth(0)).toContainText('Active');
    await expect(groups.nth(0)).toContainText('Payments down');
    await expect(groups.nth(0)).not.toContainText('Checkout slow (practice)');
    await expect(groups.nth(1)).toContainText('Drills');
    await expect(groups.nth(1)).toContainText('Checkout slow (practice)');
    await expect(groups.nth(1)).toContainText('DRILL');
    // The real incident is open: no band.
    await expect(page.getByRole('region', { name: 'Drill: this is an exercise' })).toHaveCount(0);
    await groups
      .nth(1)
      .getByRole('button', { name: /Checkout slow \(practice\)/ })
      .click();
    await expect(page.getByRole('region', { name: 'Drill: this is an exercise' })).toBeVisible();
  });

  test('its timeline shows the band above it, and its Markdown export says DRILL at the top', async ({
    page,
  }) => {
    const timeline = new Timeline(page);
    await timeline.open();
    expect(await bandIsOnTop(page)).toBe(true);
    const markdown = await timeline.saved(
      timeline.dialog.getByRole('button', { name: 'Export timeline (Markdown)' }),
    );
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# [DRILL] Timeline — Checkout slow (practice)',
      '',
      '> **DRILL**: This is a drill, not a real incident. Its updates never reach real stakeholders.',
    ]);
  });
});
