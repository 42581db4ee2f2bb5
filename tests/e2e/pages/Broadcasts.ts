import { expect, type Locator, type Page } from '@playwright/test';
import { DEFAULT_TOKEN } from '../../fixtures/slack-server';

/** The stakeholder-updates panel, the Slack dialog and the composer, found as a screen reader finds them. */
export class Broadcasts {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Stakeholder updates' });
  }

  get countdown(): Locator {
    return this.panel.getByRole('timer', { name: 'Next stakeholder update' });
  }

  get slackDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Slack', exact: true });
  }

  get composer(): Locator {
    return this.page.getByRole('dialog', { name: 'Stakeholder update' });
  }

  get nudges(): Locator {
    return this.page.getByRole('list', { name: 'Nudges' });
  }

  /** Opens the Slack dialog, pastes the token and the API address, and waits for Slack's answer. */
  async connect(apiUrl: string, token = DEFAULT_TOKEN): Promise<void> {
    await this.panel.getByRole('button', { name: 'Slack connection' }).click();
    await this.slackDialog.getByLabel('Bot token').fill(token);
    await this.slackDialog.getByLabel('API base URL').fill(apiUrl);
    await this.slackDialog.getByRole('button', { name: 'Connect' }).click();
    await expect(this.slackDialog.getByText('Connected to War Room Test as warroom')).toBeVisible();
    await this.slackDialog.getByRole('button', { name: 'Close' }).click();
  }

  /** Picks stakeholder channels in the incident's broadcast settings; `autoSend` switches sending without asking. */
  async chooseChannels(
    names: string[],
    options: { autoSend?: boolean; minutes?: number } = {},
  ): Promise<void> {
    await this.panel.getByRole('button', { name: 'Channels and cadence' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Broadcast settings for this incident' });
    for (const name of names) {
      await dialog.getByLabel('Search channels').fill(name);
      await dialog.getByRole('checkbox', { name: `#${name}`, exact: true }).check();
    }
    if (options.minutes !== undefined) {
      await dialog.getByRole('combobox', { name: 'Cadence' }).click();
      await this.page.getByRole('option', { name: 'Every few minutes' }).click();
      await dialog.getByLabel('Minutes between updates').fill(String(options.minutes));
    }
    if (options.autoSend === true) await dialog.getByLabel('Send due updates without asking').check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.panel.getByTestId('stakeholder-channels')).toHaveText(
      `To: ${names.map((n) => `#${n}`).join(', ')}`,
    );
  }

  async openComposer(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Compose update' }).click();
    await expect(this.composer).toBeVisible();
  }

  section(label: string): Locator {
    return this.composer.getByRole('textbox', { name: label });
  }

  /** The blocks the preview shows as "what Slack receives". */
  async previewBlocks(): Promise<unknown> {
    await this.composer.getByText('What Slack receives (blocks)').click();
    return JSON.parse((await this.composer.getByTestId('broadcast-payload').textContent()) ?? 'null');
  }

  async previewText(): Promise<string> {
    return (await this.composer.getByTestId('broadcast-fallback').textContent()) ?? '';
  }

  async send(): Promise<void> {
    await this.composer.getByRole('button', { name: /^Send to \d+ channels?$/ }).click();
    await expect(this.composer).toBeHidden();
  }

  /** One channel's copy of an update, e.g. "#exec-updates: Sent"; the newest update first. */
  delivery(channel: string, state?: string): Locator {
    const name = state === undefined ? new RegExp(`^#${channel}: `) : `#${channel}: ${state}`;
    return this.panel.getByTestId('broadcast-history').getByRole('listitem', { name });
  }
}
