import { expect, test } from './fixtures';
import { Palette } from './pages/Palette';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';

// Every step is a key press: shortcuts, the palette, typing, Tab, Enter. No clicks.

test.beforeEach(async ({ page, cockpit }) => {
  await page.clock.install({ time: new Date('2026-11-24T02:00:00Z') });
  await cockpit.open();
  const palette = new Palette(page);
  await palette.declare('Payments DB down', 'Alice');
  await palette.checkIn('Bob');
  await palette.checkIn('Carol');
});

test('create, see the unassigned nudge, assign, confirm, let the check-back expire, reassign when the owner rests, finish', async ({
  page,
}) => {
  const board = new TaskBoard(page);
  const roster = new Roster(page);

  await board.create({
    title: 'Fail over to the replica',
    description: 'Primary refuses writes',
    category: 'Restore service',
  });
  await expect(board.column('To do').getByRole('listitem')).toHaveCount(1);
  await expect(board.owner('Fail over to the replica')).toHaveText('Unassigned');
  await expect(board.nudge('Assign “Fail over to the replica”: nobody owns it')).toBeVisible();

  await board.create({ title: 'Save the primary’s logs', category: 'Preserve evidence', owner: 'Bob' });
  await expect(board.owner('Save the primary’s logs')).toHaveText('Bob');
  // The clock runs on while the card is drawn: on a busy machine a second or two has gone by.
  await expect(board.checkBack('Save the primary’s logs')).toHaveText(/^Check back in 1[45] min( \d+ s)?$/);

  await board.assign('Fail over to the replica', 'Carol');
  await expect(board.nudge(/nobody owns it/)).toHaveCount(0);
  await expect(board.card('Fail over to the replica')).toHaveAccessibleName(/Carol\. Not confirmed yet$/);
  await board.card('Fail over to the replica').press('k');
  await expect(board.card('Fail over to the replica')).toHaveAccessibleName(/Carol\. Owner confirmed$/);
  await board.card('Fail over to the replica').press('p');
  await expect(board.column('In progress').getByRole('listitem')).toHaveCount(1);

  await page.clock.fastForward('16:00');
  await expect(board.checkBack('Fail over to the replica')).toHaveText(
    /^Check-back overdue by 1 min( \d s)?$/,
  );
  await expect(board.nudge(/^Check back with Carol on “Fail over to the replica”/)).toBeVisible();
  await board.card('Fail over to the replica').press('c');
  await expect(board.checkBack('Fail over to the replica')).toHaveText(/^Check back in 1[45] min( \d+ s)?$/);
  await expect(board.nudge(/Check back with Carol/)).toHaveCount(0);

  await expect(roster.card('Bob').getByTestId('open-tasks')).toHaveText('1 open task');
  await roster.card('Bob').getByRole('button', { name: 'Actions for Bob' }).press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Send to rest' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(board.nudge('Reassign Bob’s task: Bob is resting')).toBeVisible();
  await board.assign('Save the primary’s logs', 'Carol');
  await expect(board.nudge(/Bob is resting/)).toHaveCount(0);
  await expect(roster.card('Bob').getByTestId('open-tasks')).toHaveText('0 open tasks');
  await expect(roster.card('Carol').getByTestId('open-tasks')).toHaveText('2 open tasks');

  await board.card('Save the primary’s logs').press('h');
  const history = page.getByRole('dialog', { name: 'Owner history: Save the primary’s logs' });
  await expect(history.getByRole('listitem')).toHaveText([/assigned to Bob$/, /Bob → Carol$/]);
  await page.keyboard.press('Escape');

  await board.card('Save the primary’s logs').press('d');
  await board.card('Fail over to the replica').press('d');
  await expect(board.column('Done').getByRole('listitem')).toHaveCount(2);
  await expect(board.column('To do').getByRole('listitem')).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Incident log' }).getByRole('listitem').first(),
  ).toHaveAccessibleName('Automatic: “Fail over to the replica”: In progress → Done');
});

test('refusals: in progress without an owner, blocked without a reason, an owner who checked out', async ({
  page,
}) => {
  const board = new TaskBoard(page);
  const roster = new Roster(page);
  await board.create({ title: 'Drain the payment queue', category: 'Stop the bleeding' });

  await board.card('Drain the payment queue').press('p');
  await expect(board.notice('“Drain the payment queue” has no owner: assign it first.')).toBeVisible();
  await expect(board.column('To do').getByRole('listitem')).toHaveCount(1);
  await expect(board.column('In progress').getByRole('listitem')).toHaveCount(0);

  await board.assign('Drain the payment queue', 'Bob');
  await board.card('Drain the payment queue').press('b');
  const status = page.getByRole('dialog', { name: 'Change a task’s status' });
  await expect(status.getByLabel('Reason')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status.getByRole('alert')).toHaveText('Say what blocks the task: the reason cannot be empty.');
  await page.keyboard.type('Waiting on the bank’s API keys');
  await page.keyboard.press('Enter');
  await expect(status).toBeHidden();
  await expect(board.column('Blocked').getByRole('listitem')).toHaveCount(1);
  await expect(board.card('Drain the payment queue')).toContainText('Waiting on the bank’s API keys');

  await roster.card('Bob').getByRole('button', { name: 'Actions for Bob' }).press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Check out' })).toBeFocused();
  await page.keyboard.press('Enter');
  const checkOut = page.getByRole('dialog', { name: 'Check Bob out' });
  const submit = checkOut.getByRole('button', { name: 'Check out' });
  for (let i = 0; i < 6 && !(await submit.evaluate((b) => b === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(checkOut).toBeHidden();
  await expect(board.nudge('Reassign Bob’s task: Bob has checked out')).toBeVisible();

  const assign = await board.openAssign('Drain the payment queue', 'Bob');
  await expect(assign.getByRole('alert')).toHaveText(
    'Bob has checked out: assign the task to someone on the incident.',
  );
  await page.keyboard.press('Escape');
  await expect(assign).toBeHidden();
  await expect(board.owner('Drain the payment queue')).toHaveText('Bob');
  await board.assign('Drain the payment queue', 'Carol');
  await expect(board.nudge(/Bob has checked out/)).toHaveCount(0);
});
