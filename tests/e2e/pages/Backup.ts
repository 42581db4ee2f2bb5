import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { Palette } from './Palette';

/** A backup file the browser host downloaded: where Playwright kept it, and what it says. */
export type SavedBackup = { path: string; name: string; text: string };

/** Backups as the IC reaches them: the palette's export and import commands and the import dialog. */
export class Backup {
  constructor(readonly page: Page) {
    // A listener turns on Playwright's file chooser interception; turned on only by waitForEvent just before
    // Enter, it was sometimes not on yet when the chooser opened, which then went to the headless browser.
    page.on('filechooser', () => undefined);
  }

  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Import a backup' });
  }

  get incidentList(): Locator {
    return this.page.getByRole('navigation', { name: 'Incidents' }).getByRole('button');
  }

  /** Runs an export command from the palette and reads the file the browser downloaded. */
  async export(command: 'Export this incident' | 'Export backup'): Promise<SavedBackup> {
    const download = this.page.waitForEvent('download');
    await new Palette(this.page).run(command);
    const file = await download;
    const path = (await file.path()) ?? '';
    return { path, name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** "Import backup…" from the palette, then the file chosen with the dialog's button, from the keyboard. */
  async choose(path: string): Promise<void> {
    await new Palette(this.page).run('Import backup');
    await this.chooseAnother(path, 'Choose a backup file…');
  }

  /** Picks a file in the open import dialog: the button has the focus, so Enter opens the chooser. */
  async chooseAnother(path: string, button = 'Choose another file…'): Promise<void> {
    await expect(this.importDialog.getByRole('button', { name: button })).toBeFocused();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(path);
  }

  /** The preview's Import, by its Enter key, and the sentence saying what was imported. */
  async confirm(): Promise<Locator> {
    await expect(this.importDialog.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
    const done = this.importDialog.getByRole('status');
    await expect(done).toBeVisible();
    return done;
  }
}
