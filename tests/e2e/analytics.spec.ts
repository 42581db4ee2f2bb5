import { expect, test } from './fixtures';
import { Analytics } from './pages/Analytics';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';

const declaredAt = Date.parse('2026-11-24T18:00:00Z');

test.describe('load analytics', () => {
  test.beforeEach(async ({ page, cockpit }) => {
    await page.clock.install({ time: new Date(declaredAt) });
    await cockpit.open();
    await cockpit.declare({ title: 'Checkout errors', severity: 'SEV-2', commander: 'Alice' });
  });

  test('one person holding most tasks, one working through the night', async ({ page }) => {
    // Five tasks typed in by keyboard and two clock jumps: longer than the default minute.
    test.setTimeout(120_000);
    const roster = new Roster(page);
    const board = new TaskBoard(page);
    const analytics = new Analytics(page);
    for (const name of ['Bob', 'Carol', 'Dan']) await roster.checkIn({ name });
    for (const title of ['Roll back the release', 'Drain node 4', 'Page the DBA', 'Watch the error rate']) {
      await board.create({ title, owner: 'Bob' });
    }
    await board.create({ title: 'Tell support', owner: 'Carol' });

    // Bob holds 4 of 5 open tasks with four people checked in: past 40%, so the IC is nudged.
    const nudge = board.nudge('Bob holds 80% of the open tasks (4 of 5): spread the load');
    await expect(nudge).toHaveCount(1);
    await expect(analytics.busiest).toHaveText('Busiest: Bob, 80% of 5 open tasks');
    // Open tasks [Alice 0, Bob 4, Carol 1, Dan 0]: Σ|xi − xj| = 26, / (2 × 4² × 1.25) = 0.65.
    await expect(analytics.gini).toHaveText('Gini 0.65');

    await analytics.showLoadCharts();
    const current = await analytics.table('Current load per responder', analytics.loadPanel);
    await expect(analytics.row(current, 'Bob')).toHaveText(['4', '0', 'Fresh']);
    await expect(analytics.row(current, 'Carol')).toHaveText(['1', '0', 'Fresh']);
    await expect(analytics.row(current, 'Dan')).toHaveText(['0', '0', 'Fresh']);
    const overTime = await analytics.table('Open tasks per responder over time', analytics.loadPanel);
    await expect(overTime.getByRole('columnheader')).toHaveText([
      'Time',
      'Alice',
      'Bob',
      'Carol',
      'Dan',
      'Total',
    ]);
    await expect(overTime.getByRole('row').last().getByRole('cell').last()).toHaveText('5');
    const presence = analytics.loadPanel.getByRole('table', { name: 'Check-ins, check-outs and rests' });
    await expect(presence.getByRole('row').filter({ hasText: 'Dan' })).toHaveText([/checked in/]);

    // A stricter team policy silences the nudge; the figure stays.
    await analytics.setConcentrationNudge(90);
    await expect(nudge).toHaveCount(0);
    await expect(analytics.busiest).toHaveText('Busiest: Bob, 80% of 5 open tasks');

    // Bob and Carol go to rest now; Dan works on through the night until 07:00. (Charts folded first, as
    // the IC would, to give the roster its room back.)
    const fastForwardTo = async (iso: string) => {
      const now = await page.evaluate(() => Date.now());
      await page.clock.fastForward(Date.parse(iso) - now);
    };
    await analytics.hideLoadCharts();
    await roster.act('Bob', 'Send to rest');
    await roster.act('Carol', 'Send to rest');
    await expect(roster.card('Carol')).toContainText('Resting');
    await fastForwardTo('2026-11-25T07:00:00Z');
    await analytics.showLoadCharts();
    const currentAtDawn = await analytics.table('Current load per responder', analytics.loadPanel);
    await expect(analytics.row(currentAtDawn, 'Dan')).toHaveText(['0', '13', /Exhausted|Tired/]);

    const view = await analytics.openView();
    const hours = await analytics.table('Hours per responder', view);
    await expect(hours.getByRole('columnheader')).toHaveText([
      'Responder',
      'Working (h)',
      'Late (h)',
      'Sleeping (h)',
      'Total (h)',
    ]);
    // Dan, in UTC: 18–19 working, 19–23 late, 23–07 sleeping. Carol rested from the start: no hours at all.
    await expect(analytics.row(hours, 'Dan')).toHaveText(['1', '4', '8', '13']);
    await expect(analytics.row(hours, 'Carol')).toHaveText(['0', '0', '0', '0']);
    const severities = await analytics.table('Response times by severity', view);
    // Bob checked in within the first minute; the incident is not resolved yet.
    await expect(analytics.row(severities, 'SEV-2')).toHaveText(['1', '0', '—']);
    await view.getByRole('button', { name: 'Close analytics' }).click();
    await expect(view).toBeHidden();
  });
});
