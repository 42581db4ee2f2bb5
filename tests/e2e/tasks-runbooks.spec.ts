import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { Palette } from './pages/Palette';
import { TaskBoard } from './pages/TaskBoard';

const example = resolve(import.meta.dirname, '../../assets/runbooks/database-primary-failure.json');
const broken = {
  format: 'war-room.runbook',
  version: 1,
  name: 'Broken',
  steps: [{ title: 'Panic', category: 'panic' }],
};

test('import a runbook (a bad file is refused), apply it as unassigned tasks, export it, run its tasks', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  const palette = new Palette(page);
  const board = new TaskBoard(page);
  await palette.declare('Orders DB primary down', 'Alice');
  await palette.checkIn('Bob');

  await page.keyboard.press('r');
  const apply = page.getByRole('dialog', { name: 'Apply a runbook' });
  await expect(apply).toContainText('No runbooks yet.');
  await page.keyboard.press('Tab');
  await expect(apply.getByRole('button', { name: 'Import JSON…' })).toBeFocused();
  await page.keyboard.press('Enter');

  const importing = page.getByRole('dialog', { name: 'Import a runbook' });
  await expect(importing.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
  let chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (
    await chooser
  ).setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(importing.getByRole('alert')).toHaveText(
    /^This is not a valid War Room runbook \(steps\[0\]\.category: .+\)\. Nothing was imported or saved\.$/,
  );
  chooser = page.waitForEvent('filechooser');
  await importing.getByRole('button', { name: 'Choose a file…' }).press('Enter');
  await (await chooser).setFiles(example);
  await expect(importing).toBeHidden();
  const library = page.getByRole('dialog', { name: 'Runbook library' });
  await expect(library.getByRole('listitem')).toHaveText([/^Database primary failure7 steps/]);

  const download = page.waitForEvent('download');
  await library.getByRole('button', { name: 'Export Database primary failure as JSON' }).press('Enter');
  const exported = await download;
  expect(exported.suggestedFilename()).toBe('runbook-database-primary-failure.json');
  expect(await readFile((await exported.path()) ?? '', 'utf8')).toBe(await readFile(example, 'utf8'));
  await page.keyboard.press('Escape');
  await expect(library).toBeHidden();

  await board.leaveFields();
  await page.keyboard.press('r');
  await expect(apply.getByRole('menuitem', { name: /^Database primary failure/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(apply).toBeHidden();
  await expect(board.column('To do').getByRole('listitem')).toHaveCount(7);
  await expect(board.card('Writes paused at the application edge')).toContainText(
    'From runbook Database primary failure, step 1',
  );
  await expect(
    board.nudge('7 tasks have no owner, starting with “Writes paused at the application edge”: assign them'),
  ).toBeVisible();

  await board.leaveFields();
  await page.keyboard.press('r');
  await expect(apply.getByRole('menuitem', { name: /^Database primary failure/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(apply.getByRole('alert')).toHaveText(
    'Runbook “Database primary failure” is already on this incident’s board.',
  );
  await page.keyboard.press('Escape');
  await expect(board.column('To do').getByRole('listitem')).toHaveCount(7);

  await board.assign('Writes paused at the application edge', 'Bob');
  await board.card('Writes paused at the application edge').press('d');
  await expect(board.column('Done').getByRole('listitem')).toHaveCount(1);
  await expect(board.nudge(/^6 tasks have no owner/)).toBeVisible();
  // The follow-up is due after the incident, a week out, with no countdown.
  await expect(board.card('Automatic failover gap reviewed')).toContainText(/Due \w{3} \d+, \d{4}/);
});
