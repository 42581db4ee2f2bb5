import { expect, type Locator, type Page } from '@playwright/test';

export type NewTask = { title: string; description?: string; category?: string; owner?: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The task board, driven by keys only: N for a new task, letters on a focused card, dialogs filled
 * by typing and Tab. `card.press(key)` focuses the card the way Tab and the arrows do, then types.
 */
export class TaskBoard {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Tasks' });
  }

  column(status: string): Locator {
    return this.panel.getByRole('list', { name: status, exact: true });
  }

  /** A card by its outcome (its accessible name starts with the title). */
  card(title: string): Locator {
    return this.panel.getByRole('listitem', { name: new RegExp(`^${escape(title)}\\.`) });
  }

  get nudges(): Locator {
    return this.page.getByRole('region', { name: 'Nudges' }).getByRole('listitem');
  }

  nudge(text: string | RegExp): Locator {
    return this.nudges.filter({ hasText: text });
  }

  /** A message the cockpit shows the IC (a refusal, a confirmation). */
  notice(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** Leaves whatever field has focus, so bare-key shortcuts act. */
  async leaveFields(): Promise<void> {
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  /** N, then the form: outcome, Tab, description, Tab, category (type-ahead), Tab, owner, Enter. */
  async create(task: NewTask): Promise<void> {
    await this.leaveFields();
    // N acts on the board the IC sees; its code may still be on its way just after a declaration.
    await expect(this.panel).toBeVisible();
    await this.page.keyboard.press('n');
    const dialog = this.page.getByRole('dialog', { name: 'New task' });
    await expect(dialog.getByLabel('Outcome')).toBeFocused();
    await this.page.keyboard.type(task.title);
    await this.page.keyboard.press('Tab');
    if (task.description !== undefined) await this.page.keyboard.type(task.description);
    await this.page.keyboard.press('Tab');
    if (task.category !== undefined) {
      await this.page.keyboard.press('ArrowDown');
      const option = this.page.getByRole('option', { name: task.category, exact: true });
      await expect(option).toBeVisible();
      await this.page.keyboard.type(task.category.slice(0, 3));
      await expect(option).toBeFocused();
      await this.page.keyboard.press('Enter');
    }
    await this.page.keyboard.press('Tab');
    if (task.owner !== undefined) {
      await expect(dialog.getByRole('combobox', { name: 'Owner' })).toBeFocused();
      await this.page.keyboard.type(task.owner);
      await this.page.keyboard.press('Enter');
    }
    await this.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(this.card(task.title)).toBeVisible();
  }

  /** A on the card, type the owner's name, Enter to pick, Enter to assign. */
  async openAssign(title: string, owner: string): Promise<Locator> {
    await this.card(title).press('a');
    const dialog = this.page.getByRole('dialog', { name: 'Assign a task' });
    await expect(dialog.getByRole('combobox', { name: 'Owner' })).toBeFocused();
    await this.page.keyboard.type(owner);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.press('Enter');
    return dialog;
  }

  async assign(title: string, owner: string): Promise<void> {
    const dialog = await this.openAssign(title, owner);
    await expect(dialog).toBeHidden();
    await expect(this.card(title)).toHaveAccessibleName(new RegExp(`\\. ${escape(owner)}\\.`));
  }

  owner(title: string): Locator {
    return this.card(title).getByTestId('owner');
  }

  checkBack(title: string): Locator {
    return this.card(title).getByTestId('check-back');
  }
}
