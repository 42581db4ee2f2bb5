import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette and the global shortcuts, driven by keys only. */
export class Palette {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  get input(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Command' });
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  /** Waits until no dialog is left on screen, closing transitions included: keys go to the cockpit again. */
  async closed(): Promise<void> {
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }

  /** Ctrl+K, type part of the command, Enter on the first match. */
  async run(command: string): Promise<void> {
    await this.open();
    await this.page.keyboard.type(command);
    await expect(this.options.first()).toHaveAttribute('aria-selected', 'true');
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  /** Declares an incident from the keyboard: Shift+D, then type and Tab through the form. */
  async declare(title: string, commander: string): Promise<void> {
    await this.page.keyboard.press('Shift+D');
    const dialog = this.page.getByRole('dialog', { name: 'Declare an incident' });
    await expect(dialog.getByLabel('Title')).toBeFocused();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Incident commander')).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(commander);
    await this.page.keyboard.press('Enter');
    await this.closed();
  }

  /** Checks a new person in with the I shortcut: type the name, Enter. */
  async checkIn(name: string): Promise<void> {
    // The roster registers its shortcut once it has loaded, as the IC sees it appear.
    await expect(this.page.getByRole('region', { name: /^Responders/ })).toBeVisible();
    await this.page.keyboard.press('i');
    const dialog = this.page.getByRole('dialog', { name: 'Check a responder in' });
    await expect(dialog.getByRole('combobox', { name: 'Person' })).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Enter');
    await this.closed();
  }
}
