import { expect, type Locator, type Page } from '@playwright/test';

export type CheckInForm = {
  name: string;
  roles?: string[];
  team?: string;
  slackUserId?: string;
  location?: string;
  assignment?: string;
  /** A `datetime-local` value, e.g. '2026-11-25T09:00', and why it is not now. */
  at?: string;
  reason?: string;
};

/** The responders panel: check-in list, roles, rest, hand-over, check-out, ICS-211 export. */
export class Roster {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: /^Responders/ });
  }

  card(name: string): Locator {
    return this.panel
      .getByRole('list', { name: 'Checked-in responders' })
      .getByRole('listitem', { name, exact: true });
  }

  fatigue(name: string): Locator {
    return this.card(name).getByTestId('fatigue');
  }

  async openCheckIn(form: CheckInForm): Promise<Locator> {
    await this.panel.getByRole('button', { name: 'Check in' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Check a responder in' });
    await dialog.getByRole('combobox', { name: 'Person' }).fill(form.name);
    if (form.team !== undefined) await dialog.getByLabel('Team / home unit').fill(form.team);
    if (form.slackUserId !== undefined) await dialog.getByLabel('Slack user ID').fill(form.slackUserId);
    if (form.roles !== undefined) {
      await dialog.getByRole('combobox', { name: 'Roles' }).click();
      const listbox = this.page.getByRole('listbox');
      await listbox.getByRole('option', { name: 'Responder', exact: true }).click();
      for (const role of form.roles) await listbox.getByRole('option', { name: role, exact: true }).click();
      await this.page.keyboard.press('Escape');
    }
    if (form.location !== undefined) {
      await dialog.getByRole('combobox', { name: 'Location' }).click();
      await this.page.getByRole('option', { name: form.location, exact: true }).click();
    }
    if (form.assignment !== undefined) await dialog.getByLabel('Current assignment').fill(form.assignment);
    if (form.at !== undefined) await dialog.getByLabel('Checked in at').fill(form.at);
    if (form.reason !== undefined) await dialog.getByLabel('Why a different time').fill(form.reason);
    await dialog.getByRole('button', { name: 'Check in' }).click();
    return dialog;
  }

  async checkIn(form: CheckInForm): Promise<void> {
    const dialog = await this.openCheckIn(form);
    await expect(dialog).toBeHidden();
    await expect(this.card(form.name)).toBeVisible();
  }

  async act(name: string, action: string): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: `Actions for ${name}` })
      .click();
    await this.page.getByRole('menuitem', { name: action }).click();
  }

  async handOverTo(name: string): Promise<void> {
    await this.panel.getByRole('button', { name: 'Hand over command' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Hand over command' });
    await dialog.getByRole('combobox', { name: 'New incident commander' }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await dialog.getByRole('button', { name: 'Hand over' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens the check-out dialog; the caller submits or checks a refusal. */
  async openCheckOut(name: string, reason?: string): Promise<Locator> {
    await this.act(name, 'Check out');
    const dialog = this.page.getByRole('dialog', { name: `Check ${name} out` });
    if (reason !== undefined) {
      await dialog.getByRole('combobox', { name: 'Reason' }).click();
      await this.page.getByRole('option', { name: reason, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Check out' }).click();
    return dialog;
  }
}
