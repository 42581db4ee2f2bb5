import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Roster } from './pages/Roster';
import { paymentsDown } from './setups';

/** Records OS notifications the page raises, by wrapping the Web Notification API. */
const recordNotifications = () => {
  const shown: { title: string; body: string }[] = [];
  const Real = window.Notification;
  class Recorded extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      shown.push({ title, body: options?.body ?? '' });
    }
  }
  Object.defineProperty(window, 'Notification', { value: Recorded });
  Object.defineProperty(window, '__notifications', { value: shown });
};

/** The nudges panel. */
function nudges(page: Page): Locator {
  return page.getByRole('region', { name: 'Nudges' });
}

/** The most urgent nudges come first, the rest behind a count: the IC opens them all. */
async function showAllNudges(page: Page): Promise<void> {
  await nudges(page)
    .getByRole('button', { name: /^Show \d+ more nudges?$/ })
    .click();
  await expect(nudges(page).getByRole('button', { name: 'Show only the most urgent' })).toBeVisible();
}

/** Sends a tired responder to rest for half an hour and back; the rest nudge about them goes. */
async function restAndBack(page: Page, roster: Roster, name: string): Promise<void> {
  await roster.act(name, 'Send to rest');
  await expect(roster.card(name)).toContainText('Resting');
  await expect(nudges(page).getByText(new RegExp(`Send ${name} to rest`))).toHaveCount(0);
  await page.clock.fastForward('00:30:00');
  await roster.act(name, 'Back from rest');
  await expect(roster.card(name)).not.toContainText('Resting');
}

test.describe('responders', () => {
  test.use({ setup: paymentsDown });
  test.beforeEach(async ({ page, context, webHost, cockpit }) => {
    await context.grantPermissions(['notifications'], { origin: webHost.origin });
    await page.addInitScript(recordNotifications);
    await cockpit.openOn('Payments down');
  });

  test('check in with team, Slack ID, roles and location: logged, and fresh', async ({ page, cockpit }) => {
    const roster = new Roster(page);
    await roster.checkIn({
      name: 'Bob',
      team: 'Payments',
      slackUserId: 'U0BOB',
      roles: ['Ops lead'],
      location: 'Office',
    });
    await roster.checkIn({ name: 'Dan', roles: ['Subject-matter expert', 'Scribe'] });
    await expect(roster.card('Dan')).toContainText('Subject-matter expert');
    await expect(roster.card('Dan')).toContainText('Scribe');
    await expect(cockpit.line('Bob checked in as Ops lead (Office)')).toHaveCount(1);
    await expect(roster.fatigue('Bob')).toHaveText('Fresh');
  });

  test('a role is added from the card', async ({ page }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Carol', assignment: 'Read the DB logs' });
    await roster.act('Carol', 'Add role');
    const addRole = page.getByRole('dialog', { name: 'Add role' });
    await addRole.getByRole('combobox', { name: 'Roles' }).click();
    await page.getByRole('option', { name: 'Communications lead' }).click();
    await addRole.getByRole('button', { name: 'Add role' }).click();
    await expect(roster.card('Carol')).toContainText('Communications lead');
  });

  test('two hours and ten minutes without a break: tired, nudged and notified', async ({ page }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Bob' });
    await page.clock.fastForward('02:10:00');
    await expect(roster.fatigue('Bob')).toHaveText('Tired');
    await showAllNudges(page);
    await expect(nudges(page).getByText('Send Bob to rest: 2 h 10 on duty without a break')).toBeVisible();
    await expect(roster.fatigue('Bob')).toHaveAccessibleName(/2 h 10 without a break/);
    const notified = await page.evaluate(
      () => (window as unknown as { __notifications: { title: string }[] }).__notifications,
    );
    expect(notified.map((n) => n.title)).toContain('War Room: Bob is Tired');
  });

  test('send to rest and back: the nudge goes, the log says so', async ({ page, cockpit }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Carol' });
    await page.clock.fastForward('02:10:00');
    await restAndBack(page, roster, 'Carol');
    await expect(roster.fatigue('Carol')).not.toHaveText('Tired');
    await expect(cockpit.line('Carol went to rest')).toHaveCount(1);
    await expect(cockpit.line('Carol is back from rest')).toHaveCount(1);
  });

  test('the IC checks out only after handing over command', async ({ page, cockpit }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Bob' });
    const refused = await roster.openCheckOut('Alice');
    await expect(refused.getByRole('alert')).toHaveText(
      'Alice is the incident commander: hand over command before checking out.',
    );
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await roster.handOverTo('Bob');
    await expect(cockpit.bar.getByLabel('Incident commander')).toHaveText('IC: Bob');
    await expect(cockpit.line('Command handed from Alice to Bob')).toHaveCount(1);
    await expect(await roster.openCheckOut('Alice', 'Handed over')).toBeHidden();
    await expect(roster.card('Alice')).toHaveCount(0);
    await roster.panel.getByRole('button', { name: 'Checked out (1)' }).click();
    await expect(roster.panel.getByText(/Alice — Checked out .*: Handed over/)).toBeVisible();
  });

  test('through the night Dan works on without a break, and night hours count more', async ({ page }) => {
    const roster = new Roster(page);
    for (const name of ['Bob', 'Carol', 'Dan']) await roster.checkIn({ name });
    await page.clock.fastForward('02:10:00');
    await restAndBack(page, roster, 'Carol');
    await page.clock.fastForward('06:00:00');
    await expect(roster.fatigue('Dan')).toHaveText('Exhausted');
    await showAllNudges(page);
    // Most fatigued first.
    const rank = { Exhausted: 3, Tired: 2, OK: 1, Fresh: 0 } as Record<string, number>;
    const levels = (await roster.panel.getByTestId('fatigue').allTextContents()).map((l) => rank[l] ?? -1);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    await expect(nudges(page).getByText('Send Dan to rest: 8 h 40 on duty without a break')).toBeVisible();
    await expect(nudges(page).getByText(/You are Exhausted .*: hand over command/)).toBeVisible();
    // Twelve hours on duty at 06:00, six of them night hours counting 1.5: the 16-hour limit comes at
    // 07:00, not 10:00, so the IC plans the hand-over now.
    await page.clock.fastForward('03:25:00');
    await expect(nudges(page).getByText('Dan reaches 16 h at 07:00: plan a hand-over')).toBeVisible();
    await expect(roster.fatigue('Dan')).toHaveAccessibleName(/night work|without a break/);
  });

  test('refusals: a check-in in the future, a hand-over to someone not on the incident', async ({ page }) => {
    const roster = new Roster(page);
    const dialog = await roster.openCheckIn({ name: 'Erin', at: '2026-11-25T09:00', reason: 'typo' });
    await expect(dialog.getByRole('alert')).toHaveText(
      'That time is in the future: War Room records what has happened.',
    );
    await dialog.getByLabel('Checked in at').fill('2026-11-24T17:30');
    await dialog.getByLabel('Why a different time').fill('joined the bridge before the page');
    await dialog.getByRole('button', { name: 'Check in' }).click();
    await expect(roster.card('Erin')).toBeVisible();
    await expect(roster.card('Erin')).toContainText('since 17:30');

    await roster.act('Erin', 'Check out');
    await page
      .getByRole('dialog', { name: 'Check Erin out' })
      .getByRole('button', { name: 'Check out' })
      .click();
    await roster.panel.getByRole('button', { name: 'Hand over command' }).click();
    await page.getByRole('combobox', { name: 'New incident commander' }).click();
    // Only people on the incident and at work can take command; Erin has left.
    await expect(page.getByRole('option', { name: 'Erin' })).toHaveCount(0);
  });

  test('the team’s fatigue thresholds change when rest is due', async ({ page }) => {
    const roster = new Roster(page);
    await roster.checkIn({ name: 'Bob' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Fatigue thresholds' });
    await settings.getByLabel('Break due after (minutes of work)').fill('60');
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(settings).toBeHidden();
    await page.clock.fastForward('01:05:00');
    await expect(roster.fatigue('Bob')).toHaveText('Tired');
    await showAllNudges(page);
    await expect(
      page
        .getByRole('region', { name: 'Nudges' })
        .getByText('Send Bob to rest: 1 h 05 on duty without a break'),
    ).toBeVisible();
  });

  test('exports the ICS-211 check-in list as CSV and Markdown', async ({ page }) => {
    const roster = new Roster(page);
    await roster.checkIn({
      name: 'Bob',
      team: 'Payments',
      roles: ['Ops lead'],
      location: 'Office',
      assignment: 'Fail over, then verify',
    });
    await page.clock.fastForward('01:00:00');
    await roster.act('Bob', 'Check out');
    await page
      .getByRole('dialog', { name: 'Check Bob out' })
      .getByRole('button', { name: 'Check out' })
      .click();

    const csvDownload = page.waitForEvent('download');
    await roster.panel.getByRole('button', { name: 'Export ICS-211 (CSV)' }).click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe(
      'Person,Team / home unit,Roles,Location,Contact,Current assignment,Checked in at,Check out,Reason,Note',
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^Alice,,Incident commander,,,,2026-11-24 18:00 UTC,,,$/);
    expect(rows[2]).toBe(
      'Bob,Payments,Ops lead,Office,,"Fail over, then verify",2026-11-24 18:00 UTC,2026-11-24 19:00 UTC,Shift end,',
    );

    const mdDownload = page.waitForEvent('download');
    await roster.panel.getByRole('button', { name: 'Export ICS-211 (Markdown)' }).click();
    const markdown = await readFile((await (await mdDownload).path()) ?? '', 'utf8');
    expect(markdown).toContain('# ICS-211 — Payments down');
    expect(markdown).toContain('| Bob | Payments | Ops lead | Office |');
  });
});
