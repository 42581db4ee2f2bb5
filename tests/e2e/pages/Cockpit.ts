import { expect, type Locator, type Page } from '@playwright/test';

export type Declaration = { title: string; severity?: string; commander: string; summary?: string };

/** The cockpit as the IC sees it: found by role and accessible name, as a screen reader would. */
export class Cockpit {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await expect(this.page.getByRole('button', { name: 'Declare incident' })).toBeVisible();
  }

  /**
   * Opens the cockpit on an incident this profile already holds (a Setup), once its title and its panels
   * are shown: the panels' code arrives after the bar's, and a shortcut pressed before the board is there
   * has nothing to act on, as for an IC who presses N before the board is drawn.
   */
  async openOn(title: string): Promise<void> {
    await this.open();
    await expect(this.bar.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(this.page.getByRole('region', { name: 'Tasks' })).toBeVisible();
  }

  async declare({ title, severity, commander, summary }: Declaration): Promise<void> {
    await this.page.getByRole('button', { name: 'Declare incident' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Declare an incident' });
    await dialog.getByLabel('Title').fill(title);
    if (severity !== undefined) await this.pick(dialog.getByRole('combobox', { name: 'Severity' }), severity);
    await dialog.getByLabel('Incident commander').fill(commander);
    if (summary !== undefined) await dialog.getByLabel('Summary').fill(summary);
    await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Opens an MUI select and picks an option by its visible name. */
  async pick(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  get bar(): Locator {
    return this.page.getByRole('banner');
  }

  async changeStatus(status: string): Promise<void> {
    await this.pick(this.bar.getByRole('combobox', { name: 'Status' }), status);
  }

  async changeSeverity(severity: string): Promise<void> {
    await this.pick(this.bar.getByRole('combobox', { name: 'Severity' }), severity);
  }

  get log(): Locator {
    return this.page.getByRole('region', { name: 'Incident log' });
  }

  get logLines(): Locator {
    return this.log.getByRole('listitem');
  }

  async addEntry(kind: string, text: string, author?: string): Promise<void> {
    await this.pick(this.log.getByRole('combobox', { name: 'Type' }), kind);
    if (author !== undefined) await this.log.getByLabel('Author').fill(author);
    await this.log.getByLabel('Entry', { exact: true }).fill(text);
    await this.log.getByLabel('Entry', { exact: true }).press('Enter');
  }

  line(text: string | RegExp): Locator {
    return this.logLines.filter({ hasText: text });
  }
}
