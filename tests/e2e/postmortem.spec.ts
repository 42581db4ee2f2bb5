import { expect, test } from './fixtures';
import { Palette } from './pages/Palette';
import { Postmortem } from './pages/Postmortem';

// An incident from 23:30 to 00:40 UTC: declared, Bob checks in, a fact, a hypothesis and a decision
// are logged, the cause is tagged, the severity goes up, and it is resolved.
test('the IC drafts the postmortem from the log, edits a section from the keyboard and exports it', async ({
  page,
  cockpit,
}) => {
  await page.clock.install({ time: new Date('2026-11-24T23:30:00Z') });
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', severity: 'SEV-2', commander: 'Alice' });
  await page.clock.fastForward('05:00');
  await new Palette(page).checkIn('Bob');
  await cockpit.addEntry('Fact', 'Error rate 40% on checkout', 'Bob');
  await cockpit.addEntry('Hypothesis', 'The pool has no connection limit', 'Bob');
  await page.clock.fastForward('20:00');
  await cockpit.addEntry('Decision', 'Cap the pool at 50 connections', 'Alice');
  const cause = cockpit.line('The pool has no connection limit');
  await cause.getByRole('button', { name: 'Tag for the postmortem' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Root cause' }).click();
  await page.keyboard.press('Escape');
  await expect(cause.getByText('Root cause')).toBeVisible();
  await cockpit.changeSeverity('SEV-1');
  await page.clock.fastForward('45:00');
  await cockpit.changeStatus('Resolved');
  await expect(cockpit.bar.getByTestId('status-chip')).toHaveText('Resolved');

  const postmortem = new Postmortem(page);
  await postmortem.open();
  await postmortem.dialog.getByRole('button', { name: 'Draft the postmortem' }).click();
  const causes = postmortem.section('Root cause and contributing factors');
  // Blameless: the tagged entry is quoted, its author is not named.
  await expect(causes).toContainText('“The pool has no connection limit”');
  await expect(causes).not.toContainText('Bob');
  await expect(postmortem.section('What was tried')).toContainText('Cap the pool at 50 connections');
  await expect(postmortem.section('Responders and roles')).toContainText('Bob');

  const impact = postmortem.section('Impact');
  await impact.getByRole('button', { name: 'Edit Impact' }).click();
  const text = impact.getByRole('textbox', { name: 'Impact' });
  await expect(text).toBeFocused();
  await text.press('Control+End');
  await text.pressSequentially('\nCard payments failed for 70 minutes.');
  await text.press('Control+Enter');
  await expect(impact.getByText('edited', { exact: true })).toBeVisible();
  await expect(impact).toContainText('Card payments failed for 70 minutes.');

  const markdown = await postmortem.exportMarkdown();
  const headings = markdown.split('\n').filter((line) => /^##? /.test(line));
  expect(headings).toEqual([
    '# Postmortem: Payments down',
    '## Summary',
    '## Impact',
    '## Timeline highlights',
    '## What was tried',
    '## Root cause and contributing factors',
    '## Resolution',
    '## Detection',
    '## Responders and roles',
    '## What went well',
    '## What went wrong',
    '## Where we got lucky',
    '## Follow-ups',
    '## Messaging',
  ]);
  expect(markdown).toContain('- Status: Draft');
  expect(markdown).toContain('- Time at each severity: SEV-2 25 min, SEV-1 45 min');
  expect(markdown).toContain('Card payments failed for 70 minutes.\n\n## Timeline highlights');
  expect(markdown).toContain('- 11/24/2026, 23:35 UTC: “The pool has no connection limit”');
  await postmortem.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(cockpit.line('Postmortem section edited: Impact')).toHaveCount(1);
});
