import { expect, test } from './fixtures';
import { Palette } from './pages/Palette';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';
import { paymentsDbDown } from './setups';

// Resolving settles what is still open, stops the in-incident nudges, checks people out at the
// resolution time when the IC says so, and asks for the final update; reopening is logged.

test.use({ setup: paymentsDbDown });
test.beforeEach(async ({ cockpit }) => {
  await cockpit.openOn('Payments DB down');
});

test('resolving with open tasks asks first; Cancel changes nothing; follow-ups keep their owner and the nudges go quiet', async ({
  page,
  cockpit,
}) => {
  const board = new TaskBoard(page);
  await page.clock.fastForward('20:00');
  await expect(board.nudge(/nobody owns it/)).toHaveCount(1);
  await expect(board.nudge(/Fail over to the replica/)).toHaveCount(1);

  await cockpit.changeStatus('Resolved');
  const dialog = page.getByRole('dialog', { name: 'Resolve “Payments DB down”?' });
  await expect(
    dialog.getByRole('list', { name: '2 tasks are still open:' }).getByRole('listitem'),
  ).toHaveText([/Fail over to the replica · Bob/, /Save the primary’s logs · unassigned/]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(cockpit.bar.getByTestId('status-chip')).toHaveText('Investigating');

  await cockpit.changeStatus('Resolved');
  await expect(dialog.getByRole('radio', { name: /Move them to follow-ups/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
  await expect(cockpit.bar.getByTestId('status-chip')).toHaveText('Resolved');
  await expect(cockpit.line('Status: Investigating → Resolved')).toHaveCount(1);
  await expect(board.card('Fail over to the replica')).toHaveAccessibleName(/Bob/);
  await expect(board.card('Fail over to the replica')).toContainText(/Due/);

  // Hours later nothing of the response nags any more: only the update stakeholders are owed.
  await page.clock.fastForward('06:00:00');
  await expect(board.nudges).toHaveCount(1);
  await expect(board.nudges).toHaveText(/stakeholder/);
  await expect(page.getByRole('region', { name: 'Stakeholder updates' })).toContainText(
    'The incident is resolved: send stakeholders the final update.',
  );
});

test('dropping needs a reason; everyone is checked out at the resolution time, one entry each', async ({
  page,
  cockpit,
}) => {
  const board = new TaskBoard(page);
  const roster = new Roster(page);
  await new Palette(page).run('Status: Resolved');
  const dialog = page.getByRole('dialog', { name: 'Resolve “Payments DB down”?' });
  await dialog.getByRole('radio', { name: 'Drop them' }).check();
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog.getByText('Say why the task is dropped: the reason cannot be empty.')).toBeVisible();
  await dialog.getByLabel('Why they are dropped').fill('The rollback fixed it');
  await dialog.getByRole('checkbox', { name: /Check out the 3 people/ }).check();
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();

  await expect(board.column('Dropped').getByRole('listitem')).toHaveCount(2);
  for (const name of ['Alice', 'Bob', 'Carol']) {
    await expect(cockpit.line(`${name} checked out: Released`)).toHaveCount(1);
    await expect(roster.card(name)).toHaveCount(0);
  }
});

test('checking everyone out later still uses the resolution time; reopening is logged', async ({
  page,
  cockpit,
}) => {
  await new Palette(page).run('Status: Resolved');
  const dialog = page.getByRole('dialog', { name: 'Resolve “Payments DB down”?' });
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();

  await page.clock.fastForward('01:00:00');
  await cockpit.bar.getByRole('button', { name: 'Check everyone out (3)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Check everyone out at 02:00?' });
  await expect(confirm).toContainText('Alice, Bob, Carol');
  await confirm.getByRole('button', { name: 'Check everyone out' }).click();
  await expect(confirm).toBeHidden();
  await expect(cockpit.line(/checked out: Released/)).toHaveCount(3);
  await expect(cockpit.line(/checked out: Released/).first()).toContainText('02:00');
  await expect(cockpit.bar.getByRole('button', { name: /Check everyone out/ })).toHaveCount(0);

  await cockpit.changeStatus('Monitoring');
  await expect(cockpit.bar.getByTestId('status-chip')).toHaveText('Monitoring');
  await expect(cockpit.line('Status: Resolved → Monitoring')).toHaveCount(1);
});
