import { expect, test } from './fixtures';
import { Desk } from './pages/Desk';
import { Palette } from './pages/Palette';
import { Roster } from './pages/Roster';

// Who is at this desk is one setting: asked at first start, shown in the app bar, and what every
// entry from this desk is credited to, whether typed, picked in a dialog or run from the palette.

test('first start asks who is at the desk; the app bar shows the answer, which lasts and can change', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  const desk = new Desk(page);
  await expect(desk.question).toBeVisible();
  await expect(desk.button).toHaveAccessibleName('Nobody at this desk');
  await desk.answer('Alice');

  // The declaration proposes her as commander; after a restart nobody is asked again.
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const declare = page.getByRole('dialog', { name: 'Declare an incident' });
  await expect(declare.getByLabel('Incident commander')).toHaveValue('Alice');
  await declare.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(desk.button).toHaveAccessibleName('At this desk: Alice');
  await expect(desk.question).toBeHidden();

  await new Palette(page).run('Change who is at this desk');
  await desk.answer('Carol');
  await desk.button.click();
  await desk.answer('Dan');
});

test('declaring an incident answers the first-start question with its commander', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  const desk = new Desk(page);
  await expect(desk.question).toBeVisible();
  await cockpit.declare({ title: 'Payments down', commander: 'Alice' });
  await expect(desk.question).toBeHidden();
  await expect(desk.button).toHaveAccessibleName('At this desk: Alice');
});

test('a hand-over that moves the desk credits the new IC everywhere; the old IC stays on as responder', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', commander: 'Alice' });
  const desk = new Desk(page);
  const roster = new Roster(page);
  await roster.checkIn({ name: 'Bob' });

  await roster.panel.getByRole('button', { name: 'Hand over command' }).click();
  const handOver = page.getByRole('dialog', { name: 'Hand over command' });
  await cockpit.pick(handOver.getByRole('combobox', { name: 'New incident commander' }), 'Bob');
  // Alice is the one at this desk, so by default the desk goes with command.
  await expect(handOver.getByRole('switch', { name: 'Bob takes this desk too' })).toBeChecked();
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(handOver).toBeHidden();

  await expect(desk.button).toHaveAccessibleName('At this desk: Bob');
  await expect(cockpit.log.getByLabel('Author')).toHaveValue('Bob');
  await cockpit.addEntry('Decision', 'Roll back release 4.2');
  await expect(cockpit.line('Roll back release 4.2')).toContainText('Bob');
  await new Palette(page).run('Status: Identified');
  await expect(cockpit.line('Status: Investigating → Identified')).toContainText('Bob');
  await expect(cockpit.line('Status: Investigating → Identified')).not.toContainText('War Room');

  await expect(roster.card('Alice')).toContainText('Responder');
  await expect(cockpit.line('Alice took the role Responder')).toHaveCount(1);

  // A scribe at the desk keeps it when command changes hands between others.
  await desk.button.click();
  await desk.answer('Sam');
  await roster.panel.getByRole('button', { name: 'Hand over command' }).click();
  await cockpit.pick(handOver.getByRole('combobox', { name: 'New incident commander' }), 'Alice');
  await expect(handOver.getByRole('switch', { name: 'Alice takes this desk too' })).not.toBeChecked();
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(handOver).toBeHidden();
  await expect(desk.button).toHaveAccessibleName('At this desk: Sam');
  await expect(cockpit.line('Command handed from Bob to Alice')).toContainText('Sam');
  await expect(roster.card('Bob')).toContainText('Responder');
});
