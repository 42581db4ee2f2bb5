import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { Palette } from './Palette';

/** The timeline view and the ICS-214 export, opened from the palette as the IC does. */
export class Timeline {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Timeline — / });
  }

  get lines(): Locator {
    return this.dialog.getByRole('list', { name: 'Timeline lines' }).getByRole('listitem');
  }

  get ics214(): Locator {
    return this.page.getByRole('dialog', { name: 'Export an ICS-214 activity log' });
  }

  async open(): Promise<void> {
    await new Palette(this.page).run('Timeline');
    await expect(this.dialog).toBeVisible();
  }

  async openIcs214(): Promise<void> {
    await new Palette(this.page).run('ICS-214');
    await expect(this.ics214).toBeVisible();
  }

  /** Clicks an export button and reads the file the browser host downloaded. */
  async saved(button: Locator): Promise<string> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return readFile((await (await download).path()) ?? '', 'utf8');
  }
}
