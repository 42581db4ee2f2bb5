/**
 * A drill run from a shipped scenario, as the room sees it: started from the incident bar, injects in the
 * log and the nudges at their offsets, the countdown for everyone, a contingency only when the players
 * missed what was expected, and the game master's own view to pause, bring an inject forward, tick and end.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Cockpit } from './pages/Cockpit';
import { Broadcasts } from './pages/Broadcasts';
import { Palette } from './pages/Palette';
import { TaskBoard } from './pages/TaskBoard';

const startAt = new Date('2026-12-03T10:00:00Z');
const s3 = 'Amazon S3 unavailable in US-EAST-1';
const firstInject = /S3 in US-EAST-1 is unable to service requests/;
const customersAsk = /Customers ask whether S3 is down/;

async function startS3Drill(page: Page, cockpit: Cockpit) {
  await page.clock.install({ time: startAt });
  await cockpit.open();
  await cockpit.bar.getByRole('button', { name: 'Start a drill' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a drill' });
  await cockpit.pick(dialog.getByRole('combobox', { name: 'Scenario' }), s3);
  await expect(dialog.getByText('Time limit: 25 minutes')).toBeVisible();
  await expect(dialog.getByText(/Built from Amazon Web Services’s postmortem of 2017-02-28/)).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Read the postmortem' })).toHaveAttribute(
    'href',
    'https://aws.amazon.com/message/41926/',
  );
  await expect(dialog.getByText('12 injects')).toBeVisible();
  // The players may be looking: the preview names the scenario, never its injects.
  await expect(dialog.getByText(firstInject)).toHaveCount(0);
  await dialog.getByLabel('Who plays IC').fill('Alice');
  await dialog.getByRole('button', { name: 'Start the drill' }).click();
  await expect(dialog).toBeHidden();
  await expect(cockpit.bar.getByRole('heading', { name: s3, level: 1 })).toBeVisible();
}

const countdown = (page: Page) => page.getByRole('banner').getByRole('timer', { name: /Drill time left/ });

test('injects arrive on time in the log and the nudges, the countdown runs, a contingency comes only when missed', async ({
  page,
  cockpit,
}) => {
  await startS3Drill(page, cockpit);
  const board = new TaskBoard(page);
  await expect(countdown(page)).toHaveText(/^2[45]:\d\d left$/);
  await expect(cockpit.line(firstInject)).toContainText('Monitoring');
  await expect(board.nudge(/Monitoring, to the Ops lead: S3 in US-EAST-1 is unable/)).toBeVisible();
  await expect(cockpit.line(customersAsk)).toHaveCount(0);

  await page.clock.fastForward('01:30');
  await expect(cockpit.line(customersAsk)).toContainText('Customer support');
  await expect(board.nudge(/Customer support, to the Communications lead: Customers ask/)).toBeVisible();
  await expect(countdown(page)).toHaveText(/^2[23]:\d\d left$/);

  // The ops lead answers the monitoring inject: its nudge goes and its contingency never comes.
  await board.create({ title: 'Restart the index subsystem', category: 'Restore service', owner: 'Alice' });
  await expect(board.nudge(/Monitoring, to the Ops lead/)).toHaveCount(0);
  await page.clock.fastForward('03:00');
  await expect(
    cockpit.line(/The Service Health Dashboard’s administration console|administration console/),
  ).toBeVisible();
  await expect(cockpit.line(/Error rates are unchanged/)).toHaveCount(0);

  // Nobody told the customers anything: at 6:00 support comes back.
  await page.clock.fastForward('01:30');
  await expect(cockpit.line(/Customers say they have heard nothing from us yet/)).toContainText(
    'Customer support',
  );
  // Three nudges show at a glance; the newest waits behind the count, as any nudge would.
  await page.getByRole('button', { name: /^Show \d+ more nudges?$/ }).click();
  await expect(board.nudge(/Customers say they have heard nothing from us yet/)).toBeVisible();
  await expect(board.nudge(/Customers ask whether S3 is down/)).toHaveCount(0);
  await expect(cockpit.line(/Error rates are unchanged/)).toHaveCount(0);

  await page.clock.fastForward('20:00');
  await expect(countdown(page)).toHaveText('Time is up');
});

test('the game master pauses, brings an inject forward, ticks it and ends the drill; the players’ log shows none of it', async ({
  page,
  cockpit,
}) => {
  await startS3Drill(page, cockpit);
  const palette = new Palette(page);
  await new TaskBoard(page).leaveFields();
  await page.keyboard.press('Shift+G');
  const gm = page.getByRole('dialog', { name: `Game master: ${s3}` });
  await expect(gm).toBeVisible();
  const script = gm.getByRole('table', { name: 'Script' });
  const row = (id: string) => script.getByRole('row').filter({ hasText: id });
  await expect(row('customers-ask')).toContainText('A stakeholder update sent');
  await expect(row('customers-ask')).toContainText(
    'If not by 6:00: Customers say they have heard nothing from us yet.',
  );
  await expect(row('s3-errors')).toContainText('Shown at 0:00');
  await expect(gm.getByText(/^Next: customers-ask in 1:\d\d$/)).toBeVisible();

  await page.clock.fastForward('00:30');
  await gm.getByRole('button', { name: 'Pause' }).click();
  await expect(gm.getByRole('timer')).toHaveText(/^Paused · 24:\d\d left$/);
  const pausedAt = await gm.getByRole('timer').textContent();
  await page.clock.fastForward('05:00');
  await expect(gm.getByRole('timer')).toHaveText(pausedAt ?? '');
  await expect(row('customers-ask')).toContainText('Not shown yet');
  await gm.getByRole('button', { name: 'Resume' }).click();
  await expect(gm.getByRole('timer')).toHaveText(/^24:\d\d left$/);

  await gm.getByRole('button', { name: 'Inject dashboard-down now' }).click();
  await expect(row('dashboard-down')).toContainText(/Shown early at 0:\d\d/);
  await gm.getByRole('button', { name: 'Tick dashboard-down: the expected response happened' }).click();
  await expect(row('dashboard-down')).toContainText(/Ticked at 0:\d\d/);

  await gm.getByRole('button', { name: 'End: the business side agrees it is resolved' }).click();
  await expect(gm.getByRole('timer')).toHaveText('Drill ended');
  await expect(gm.getByText('Nothing more is due.')).toBeVisible();
  await gm.getByRole('button', { name: 'Close' }).click();
  await palette.closed();

  await expect(cockpit.line(/administration console/)).toContainText('Status page owner');
  await page.clock.fastForward('10:00');
  await expect(countdown(page)).toHaveText('Drill ended');
  await expect(cockpit.line(customersAsk)).toHaveCount(0);
  await expect(
    cockpit.line(/Drill started: Amazon S3 unavailable in US-EAST-1 \(25 minutes\)/),
  ).toBeVisible();
  // The first inject, the start, the declaration, the commander's check-in and the one brought forward.
  await expect(cockpit.logLines).toHaveCount(5);
});

test('an update sent to the drill answers the customers: no contingency, and the game master sees the evidence', async ({
  page,
  cockpit,
  slack,
}) => {
  await startS3Drill(page, cockpit);
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await broadcasts.panel.getByRole('button', { name: 'Channels and cadence' }).click();
  const plan = page.getByRole('dialog', { name: 'Broadcast settings for this incident' });
  await plan.getByLabel('Search channels').fill('exec-updates');
  await plan.getByRole('checkbox', { name: '#exec-updates', exact: true }).check();
  await plan.getByRole('button', { name: 'Save' }).click();
  await expect(plan).toBeHidden();

  await page.clock.fastForward('01:40');
  await expect(cockpit.line(customersAsk)).toBeVisible();
  await broadcasts.openComposer();
  await broadcasts.composer.getByRole('button', { name: 'Tactical' }).click();
  await broadcasts.section('Conditions').fill('S3 requests in US-EAST-1 fail; we are restoring the index');
  await broadcasts.composer.getByRole('button', { name: 'Send to the drill' }).click();
  await expect(broadcasts.composer).toBeHidden();

  await page.clock.fastForward('04:30');
  await expect(cockpit.line(/Error rates are unchanged/)).toBeVisible();
  await expect(cockpit.line(/Customers say they have heard nothing from us yet/)).toHaveCount(0);

  await new TaskBoard(page).leaveFields();
  await page.keyboard.press('Shift+G');
  const gm = page.getByRole('dialog', { name: `Game master: ${s3}` });
  const row = (id: string) => gm.getByRole('row').filter({ hasText: id });
  await expect(row('customers-ask')).toContainText(
    /Done at 1:\d\d: \[DRILL\] SEV-1 · Amazon S3 unavailable in US-EAST-1…/,
  );
  await expect(row('customers-ask')).toContainText('Contingency not needed');
  await expect(row('s3-errors')).toContainText('Contingency sent at 4:00');
  expect(slack.server.state.requests.filter((r) => r.method === 'chat.postMessage')).toEqual([]);
});

test('a scenario file that is not one is refused with what and where, and nothing starts', async ({
  page,
  cockpit,
}) => {
  await cockpit.open();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Start a drill');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Start a drill' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Import a scenario file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "war-room.scenario", "formatVersion": 1, "title": 5}'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(/ at (title|briefing|source)\b.*Nothing was imported\./);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(cockpit.bar.getByRole('heading', { level: 1 })).toHaveCount(0);
});
