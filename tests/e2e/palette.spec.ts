import { expect, test } from './fixtures';
import { Palette } from './pages/Palette';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';
import { checkoutErrorsWithBob } from './setups';

// The whole cockpit from the keyboard: Ctrl+K, shortcuts, panel jumps. No clicks. Each test starts
// from “Checkout errors” with Bob checked in, declared from the keyboard once per worker (setups.ts);
// the first test declares its own, since that is what it checks.

test('Shift+D declares an incident and I checks a responder in, from the keyboard alone', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  const palette = new Palette(page);
  await palette.declare('Checkout errors', 'Alice');
  await expect(cockpit.bar.getByRole('heading', { name: 'Checkout errors', level: 1 })).toBeVisible();
  await palette.checkIn('Bob');
  await expect(new Roster(page).card('Bob')).toBeVisible();
  await expect(cockpit.line('Bob checked in')).toHaveCount(1);
});

test.describe('on a declared incident', () => {
  test.use({ setup: checkoutErrorsWithBob });
  test.beforeEach(async ({ page, cockpit }) => {
    await cockpit.openOn('Checkout errors');
    // The panels register their shortcuts once they have loaded, as the IC sees them appear.
    await expect(new Roster(page).card('Bob')).toBeVisible();
    await expect(new TaskBoard(page).panel).toBeVisible();
  });

  test('Ctrl+K lists every action with its shortcut', async ({ page }) => {
    const palette = new Palette(page);
    await palette.open();
    for (const command of [
      'Declare incident',
      'Change incident status…',
      'New task',
      'Assign task…',
      'Mark task done',
      'Apply runbook…',
      'Check in',
      'Hand over command',
      'Add log entry',
      'Go to Tasks',
    ]) {
      await expect(palette.options.filter({ hasText: command }).first()).toBeVisible();
    }
    await expect(palette.options.filter({ hasText: 'New task' })).toContainText('N');
  });

  test('in the palette typing filters, arrows pick and Enter runs', async ({ page }) => {
    const palette = new Palette(page);
    await palette.open();
    await page.keyboard.type('status');
    await expect(palette.options.first()).toHaveAccessibleName(/^Status: Identified/);
    await page.keyboard.press('ArrowDown');
    await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(palette.input).toHaveAttribute('aria-activedescendant', 'palette-option-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(palette.dialog).toBeHidden();
    await expect(page.getByTestId('status-chip')).toHaveText('Identified');
  });

  test('a query that matches nothing says so, and Escape closes the palette', async ({ page }) => {
    const palette = new Palette(page);
    await palette.open();
    await page.keyboard.type('zzz nothing');
    await expect(palette.dialog).toContainText('No command matches.');
    await page.keyboard.press('Escape');
    await expect(palette.dialog).toBeHidden();
  });

  test('S opens the palette on the status choices; ? opens it too and Ctrl+K closes it', async ({
    page,
    cockpit,
  }) => {
    const palette = new Palette(page);
    await page.keyboard.press('s');
    await expect(palette.input).toHaveValue('Status:');
    // Every status but the current one (Investigating).
    await expect(palette.options).toHaveText([
      /^Status: Identified/,
      /^Status: Monitoring/,
      /^Status: Resolved/,
    ]);
    await page.keyboard.press('Escape');
    await palette.closed();
    await page.keyboard.press('?');
    await expect(palette.input).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(palette.dialog).toBeHidden();
    expect(await cockpit.logLines.count()).toBeGreaterThan(0);
  });

  test('Alt+1 lands on the most urgent card, arrows move, Enter opens its actions', async ({ page }) => {
    const board = new TaskBoard(page);
    await board.create({ title: 'Roll back release 42', category: 'Restore service', owner: 'Bob' });
    await board.create({ title: 'Freeze deploys', category: 'Stop the bleeding' });

    // Alt+1 lands on the board's first card (the most urgent: unowned first).
    await page.keyboard.press('Alt+1');
    await expect(board.card('Freeze deploys')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(board.card('Roll back release 42')).toBeFocused();
    // Enter opens the card's actions, each with its key.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Assign task… A' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(board.card('Roll back release 42')).toHaveAccessibleName(/Bob\. Owner confirmed$/);
    // The menu gives focus back to the card the IC was on.
    await expect(board.card('Roll back release 42')).toBeFocused();
  });

  test('Mark task done from the palette acts on the card the IC is on', async ({ page }) => {
    const palette = new Palette(page);
    const board = new TaskBoard(page);
    await board.create({ title: 'Roll back release 42', category: 'Restore service', owner: 'Bob' });
    await page.keyboard.press('Alt+1');
    await expect(board.card('Roll back release 42')).toBeFocused();
    await palette.run('Mark task done');
    const status = page.getByRole('dialog', { name: 'Change a task’s status' });
    await expect(status.getByRole('combobox', { name: 'Task' })).toHaveValue(/^Roll back release 42 — Bob/);
    await expect(status.getByRole('button', { name: 'Save status' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(board.column('Done').getByRole('listitem')).toHaveCount(1);
    await palette.closed();
  });

  test('Alt+3 and Alt+4 jump to the responders and the nudges; H opens the hand-over', async ({ page }) => {
    const palette = new Palette(page);
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('region', { name: /^Responders/ })).toBeFocused();
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('region', { name: 'Nudges' })).toBeFocused();
    await page.keyboard.press('h');
    await expect(page.getByRole('dialog', { name: 'Hand over command' })).toBeVisible();
    await page.keyboard.press('Escape');
    await palette.closed();
  });

  test('L lands in the log entry box, and bare keys stay quiet while typing', async ({ page, cockpit }) => {
    await page.keyboard.press('l');
    const entry = cockpit.log.getByLabel('Entry', { exact: true });
    await expect(entry).toBeFocused();
    await page.keyboard.type('nada: typing n, a, d here must not trigger shortcuts');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(cockpit.line('typing n, a, d here')).toBeVisible();
  });

  test('Alt+2 jumps to the log; A assigns a task picked by typing', async ({ page, cockpit }) => {
    const board = new TaskBoard(page);
    await board.create({ title: 'Freeze deploys', category: 'Stop the bleeding' });
    await page.keyboard.press('Alt+2');
    await expect(cockpit.log.getByRole('combobox', { name: 'Type' })).toBeFocused();
    await board.leaveFields();
    await page.keyboard.press('a');
    const assign = page.getByRole('dialog', { name: 'Assign a task' });
    await expect(assign.getByRole('combobox', { name: 'Task' })).toBeFocused();
    await page.keyboard.type('Freeze');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bob');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(assign).toBeHidden();
    await expect(board.owner('Freeze deploys')).toHaveText('Bob');
  });
});
