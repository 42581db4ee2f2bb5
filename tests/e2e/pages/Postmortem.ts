import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { Palette } from './Palette';

/** The postmortem editor, opened from the palette as the IC does. */
export class Postmortem {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Postmortem of / });
  }

  async open(): Promise<void> {
    await new Palette(this.page).run('Postmortem');
    await expect(this.dialog).toBeVisible();
  }

  section(heading: string): Locator {
    return this.dialog.getByRole('region', { name: heading, exact: true });
  }

  /** Clicks Export Markdown and reads the file the browser host downloaded. */
  async exportMarkdown(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Export Markdown' }).click();
    return readFile((await (await download).path()) ?? '', 'utf8');
  }
}
