import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Broadcasts } from './pages/Broadcasts';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';
import { paymentsDownWithBob } from './setups';

// A nudge is a button: a click or Enter opens what it asks for, so the IC acts in one step.

test.use({ setup: paymentsDownWithBob });
test.beforeEach(async ({ cockpit }) => {
  await cockpit.openOn('Payments down');
});

/** The nudge as the IC presses it: the button that carries its words. */
function nudge(page: Page, text: string | RegExp): Locator {
  return page.getByRole('region', { name: 'Nudges' }).getByRole('button', { name: text });
}

/** The nudge is focused as Tab would leave it, then Enter. */
async function pressEnterOn(target: Locator): Promise<void> {
  await target.focus();
  await expect(target).toBeFocused();
  await target.page().keyboard.press('Enter');
}

test('a click on “Send Bob to rest” sends Bob to rest', async ({ page, cockpit }) => {
  const roster = new Roster(page);
  await page.clock.fastForward('02:10:00');
  // More urgent nudges come first; the rest wait behind their count.
  await page.getByRole('button', { name: /^Show \d+ more nudges?$/ }).click();
  const rest = nudge(page, 'Send Bob to rest: 2 h 10 on duty without a break');
  await expect(rest).toBeVisible();
  await rest.click();
  await expect(roster.card('Bob')).toContainText('Resting');
  await expect(cockpit.line('Bob went to rest')).toHaveCount(1);
  await expect(nudge(page, /Send Bob to rest/)).toHaveCount(0);
});

test('Enter on the commander’s hand-over nudge opens the hand-over dialog', async ({ page }) => {
  await page.clock.fastForward('02:10:00');
  const handOver = nudge(page, /^You are Tired .*: hand over command$/);
  await expect(handOver).toBeVisible();
  await pressEnterOn(handOver);
  const dialog = page.getByRole('dialog', { name: 'Hand over command' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'New incident commander' })).toBeVisible();
});

test('a click on an unassigned-task nudge opens assign for that task', async ({ page }) => {
  const board = new TaskBoard(page);
  await board.create({ title: 'Freeze deploys', category: 'Stop the bleeding' });
  await board.create({ title: 'Roll back release 42', category: 'Restore service', owner: 'Bob' });
  const assign = nudge(page, 'Assign “Freeze deploys”: nobody owns it');
  await expect(assign).toBeVisible();
  await assign.click();
  const dialog = page.getByRole('dialog', { name: 'Assign a task' });
  await expect(dialog.getByRole('combobox', { name: 'Task' })).toHaveValue(/^Freeze deploys/);
  await dialog.getByRole('combobox', { name: 'Owner' }).fill('Bob');
  await page.getByRole('option', { name: 'Bob', exact: true }).click();
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(board.owner('Freeze deploys')).toHaveText('Bob');
  await expect(nudge(page, /Freeze deploys/)).toHaveCount(0);
});

test('Enter on an overdue stakeholder-update nudge opens the composer', async ({ page }) => {
  const broadcasts = new Broadcasts(page);
  await page.clock.fastForward('00:31:00');
  const overdue = nudge(page, /^Stakeholder update overdue since /);
  await expect(overdue).toBeVisible();
  await pressEnterOn(overdue);
  await expect(broadcasts.composer).toBeVisible();
});

test('a click on “Send the first stakeholder update” opens the composer', async ({ page }) => {
  const broadcasts = new Broadcasts(page);
  await nudge(page, 'Send the first stakeholder update').click();
  await expect(broadcasts.composer).toBeVisible();
});
