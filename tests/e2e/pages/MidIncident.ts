import { expect, type Page } from '@playwright/test';
import type { Cockpit } from './Cockpit';
import { Roster } from './Roster';
import { TaskBoard } from './TaskBoard';

/** When the incident is declared; install the clock at this time before `cockpit.open()`. */
export const declaredAt = new Date('2026-11-24T02:00:00Z');

/**
 * A realistic incident two hours and ten minutes in, as the one-screen cockpit must hold it: five people
 * on it, a task in every column, a few log lines, and about seven nudges (everyone due a rest, the IC
 * tired, a task nobody owns, the stakeholder update overdue).
 */
export async function midIncident(page: Page, cockpit: Cockpit): Promise<void> {
  await cockpit.declare({
    title: 'Checkout API returns 500',
    severity: 'SEV-1',
    commander: 'Alice Martin',
    summary: 'Error rate 40% on checkout',
  });
  const roster = new Roster(page);
  await roster.checkIn({ name: 'Bob Chen', roles: ['Ops lead'], location: 'Office' });
  await roster.checkIn({ name: 'Carol Diaz', roles: ['Subject-matter expert'], assignment: 'Database' });
  await roster.checkIn({ name: 'Dan Okafor', roles: ['Scribe'] });
  await roster.checkIn({ name: 'Erin Sato', assignment: 'Payments gateway' });

  const board = new TaskBoard(page);
  await board.create({ title: 'Roll back release 4.2', category: 'Stop the bleeding', owner: 'Carol Diaz' });
  await board.create({ title: 'Preserve the 01:45 deploy logs', category: 'Preserve evidence' });
  await board.create({ title: 'Raise the pool size', category: 'Restore service', owner: 'Bob Chen' });
  await board.create({ title: 'Page the payments vendor', category: 'Restore service', owner: 'Erin Sato' });
  await board.create({ title: 'Warm the cache', category: 'Restore service', owner: 'Dan Okafor' });
  await board.card('Roll back release 4.2').press('p');
  await expect(board.column('In progress').getByRole('listitem')).toHaveCount(1);
  await board.card('Raise the pool size').press('b');
  await withReason(page, 'Waiting on the DBA');
  await board.card('Page the payments vendor').press('d');
  await expect(board.column('Done').getByRole('listitem')).toHaveCount(1);
  await board.card('Warm the cache').press('x');
  await withReason(page, 'The rollback makes it moot');
  await expect(board.column('Dropped').getByRole('listitem')).toHaveCount(1);

  await page.clock.fastForward('00:04:00');
  await cockpit.addEntry('Fact', 'Error rate on /checkout at 40% since 01:52 UTC', 'Bob Chen');
  await cockpit.addEntry('Hypothesis', 'Connection pool exhausted after the 01:45 deploy');
  await cockpit.addEntry('Decision', 'Roll back release 4.2 to 4.1', 'Alice Martin');
  await expect(cockpit.line('Roll back release 4.2 to 4.1')).toHaveCount(1);
  await page.clock.fastForward('02:06:00');
  await expect(roster.fatigue('Bob Chen')).toHaveText('Tired');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Fills the reason a block or a drop asks for, and waits for the dialog to close. */
async function withReason(page: Page, reason: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Change a task’s status' });
  await expect(dialog.getByLabel('Reason')).toBeFocused();
  await page.keyboard.type(reason);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}
