import { expect, type Locator, type Page } from '@playwright/test';

/** Who is at this desk: the app bar's button, the first-start question, the dialog that changes it. */
export class Desk {
  constructor(readonly page: Page) {}

  /** The app bar's button, named for whoever is at the desk ("At this desk: Alice"). */
  get button(): Locator {
    return this.page.getByRole('banner').getByRole('button', { name: /^(At this desk|Nobody at this desk)/ });
  }

  /** The first-start question (not modal) or the dialog opened from the app bar or the palette. */
  get question(): Locator {
    return this.page.getByRole('dialog', { name: 'Who is at this desk?' });
  }

  /** Answers whichever question is on screen with a name, typed or picked from the directory. */
  async answer(name: string): Promise<void> {
    await this.question.getByRole('combobox', { name: 'Your name' }).fill(name);
    await this.question.getByRole('button', { name: 'That is me' }).click();
    await expect(this.question).toBeHidden();
    await expect(this.button).toHaveAccessibleName(`At this desk: ${name}`);
  }
}
