import { expect, type Locator } from '@playwright/test';
import type { Cockpit } from './Cockpit';

/** Recording what happened earlier: a log entry or a status change dated to when it happened. */
export class Backdate {
  constructor(readonly cockpit: Cockpit) {}

  /** Types an entry, dates it with "Happened earlier…" and adds it with Enter, as the scribe would. */
  async addEntryAt(kind: string, text: string, at: string, reason: string): Promise<void> {
    const { log } = this.cockpit;
    await this.cockpit.pick(log.getByRole('combobox', { name: 'Type' }), kind);
    await log.getByLabel('Entry', { exact: true }).fill(text);
    await log.getByRole('button', { name: 'Happened earlier…' }).click();
    await log.getByLabel('Happened at').fill(at);
    await log.getByLabel('Why it is recorded late').fill(reason);
    await log.getByLabel('Entry', { exact: true }).press('Enter');
  }

  /** Opens the dialog for a status or severity change that happened earlier. */
  async openEarlierChange(): Promise<Locator> {
    await this.cockpit.bar
      .getByRole('button', { name: 'Change status or severity at an earlier time…' })
      .click();
    const dialog = this.cockpit.page.getByRole('dialog', { name: 'A change that happened earlier' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async fillEarlierChange(
    dialog: Locator,
    change: { status: string; at: string; reason: string },
  ): Promise<void> {
    await dialog.getByLabel('Happened at').fill(change.at);
    await dialog.getByLabel('Why it is recorded late').fill(change.reason);
    await this.cockpit.pick(dialog.getByRole('combobox', { name: 'Status' }), change.status);
    await dialog.getByRole('button', { name: 'Record the change' }).click();
  }
}
