import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Analytics } from './pages/Analytics';
import { Broadcasts } from './pages/Broadcasts';
import { Cockpit } from './pages/Cockpit';
import { declaredAt, midIncident } from './pages/MidIncident';
import { Roster } from './pages/Roster';
import { TaskBoard } from './pages/TaskBoard';

// The hands-off cockpit is one screen: on a 1366×768 laptop and a 1920×1080 monitor, with a real
// incident on it, the page never scrolls and every panel the IC watches is in view at once.

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const screenshots = resolve(import.meta.dirname, '../../test-results/cockpit-layout');

// One incident for every check: building it takes longer than all the checks together.
test.describe.configure({ mode: 'default' });
let page: Page;
let cockpit: Cockpit;

test.beforeAll(async ({ browser, webHost }) => {
  test.setTimeout(120_000);
  page = await browser.newPage({ viewport: sizes[1], locale: 'en-US', timezoneId: 'UTC' });
  await page.clock.install({ time: declaredAt });
  cockpit = new Cockpit(page, webHost.url);
  await cockpit.open();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await midIncident(page, cockpit);
});

test.afterAll(async () => {
  await page.close();
});

/** The page itself does not scroll, either way. */
async function pageScrolls(): Promise<{ down: boolean; sideways: boolean }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { down: root.scrollHeight > root.clientHeight, sideways: root.scrollWidth > root.clientWidth };
  });
}

/** At least `height` px of `item` is drawn inside `within` (a panel's own scroller clips the rest). */
async function expectShown(item: Locator, within: Locator, height = 30): Promise<void> {
  const [box, frame] = await Promise.all([item.boundingBox(), within.boundingBox()]);
  expect(box, 'the item is drawn').not.toBeNull();
  expect(frame, 'its panel is drawn').not.toBeNull();
  if (box === null || frame === null) return;
  expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
  expect(Math.min(box.y + box.height, frame.y + frame.height) - box.y).toBeGreaterThanOrEqual(height);
  expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
}

/** Leaves any field, so bare-key shortcuts act. */
async function leaveFields(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

for (const size of sizes) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.beforeEach(async () => {
      await page.setViewportSize(size);
      await leaveFields();
    });

    test('the page never scrolls: nudges, responders, all five task columns, the countdown and the log are in view', async () => {
      const roster = new Roster(page);
      const board = new TaskBoard(page);
      const broadcasts = new Broadcasts(page);
      const nudges = page.getByRole('region', { name: 'Nudges' });
      await expect(roster.fatigue('Bob Chen')).toHaveText('Tired');
      await page.screenshot({ path: resolve(screenshots, `cockpit-${size.width}x${size.height}.png`) });

      expect(await pageScrolls()).toEqual({ down: false, sideways: false });
      for (const panel of [nudges, roster.panel, board.panel, broadcasts.panel, cockpit.log]) {
        await expect(panel).toBeInViewport({ ratio: 1 });
      }
      // The most urgent nudges first, the rest behind a count.
      await expect(board.nudges).toHaveCount(3);
      await expect(nudges.getByRole('button', { name: /^Show \d+ more nudges$/ })).toBeInViewport();
      await expectShown(board.nudges.first(), nudges);
      await expectShown(
        roster.card('Alice Martin'),
        roster.panel.getByRole('list', { name: 'Checked-in responders' }),
      );
      for (const column of ['To do', 'In progress', 'Blocked', 'Done', 'Dropped']) {
        await expect(board.column(column)).toBeInViewport({ ratio: 1 });
        await expectShown(board.column(column).getByRole('listitem').first(), board.column(column));
      }
      // The five columns fit the board: nothing hides off to the side.
      const board5 = board.panel.getByRole('group', { name: 'Task board' });
      expect(await board5.evaluate((b) => b.scrollWidth <= b.clientWidth)).toBe(true);
      await expect(broadcasts.countdown).toBeInViewport({ ratio: 1 });
      await expectShown(cockpit.logLines.first(), page.getByTestId('log-scroller'));
      await expectShown(cockpit.logLines.nth(1), page.getByTestId('log-scroller'));
    });

    test('L puts the entry box in view with the log beside it', async () => {
      await page.keyboard.press('l');
      const entry = cockpit.log.getByLabel('Entry', { exact: true });
      await expect(entry).toBeFocused();
      await expect(entry).toBeInViewport({ ratio: 1 });
      await expect(cockpit.line('Roll back release 4.2 to 4.1')).toBeInViewport({ ratio: 1 });
      await expectShown(cockpit.logLines.first(), page.getByTestId('log-scroller'));
      expect(await pageScrolls()).toEqual({ down: false, sideways: false });
    });

    test('F enlarges the panel the IC is in, Escape gives the whole cockpit back', async () => {
      const roster = new Roster(page);
      const board = new TaskBoard(page);
      await page.keyboard.press('Alt+3');
      await expect(roster.panel).toBeFocused();
      const narrow = (await roster.panel.boundingBox())?.width ?? 0;
      await page.keyboard.press('f');
      await expect(page.getByRole('button', { name: 'Back to the whole cockpit (Esc)' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await expect(board.panel).toBeHidden();
      await expect(cockpit.log).toBeHidden();
      expect((await roster.panel.boundingBox())?.width ?? 0).toBeGreaterThan(narrow * 2);
      await expectShown(
        roster.card('Erin Sato'),
        roster.panel.getByRole('list', { name: 'Checked-in responders' }),
      );
      expect(await pageScrolls()).toEqual({ down: false, sideways: false });

      await page.keyboard.press('Escape');
      await expect(board.panel).toBeInViewport({ ratio: 1 });
      await expect(cockpit.log).toBeInViewport({ ratio: 1 });
      await expect(roster.panel).toBeInViewport({ ratio: 1 });
      expect((await roster.panel.boundingBox())?.width ?? 0).toBeLessThan(narrow + 1);
    });

    test('L from an enlarged panel gives the cockpit back and lands in the entry box', async () => {
      await page.keyboard.press('Alt+1');
      await page.keyboard.press('f');
      await expect(cockpit.log).toBeHidden();
      await leaveFields();
      await page.keyboard.press('l');
      await expect(cockpit.log.getByLabel('Entry', { exact: true })).toBeFocused();
      await expect(cockpit.log).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('region', { name: 'Nudges' })).toBeInViewport({ ratio: 1 });
    });

    test('the load charts get the width they need: nothing spills out of them', async () => {
      const analytics = new Analytics(page);
      await analytics.showLoadCharts();
      const tasks = page.getByRole('region', { name: 'Tasks', exact: true });
      await expect(tasks).toBeHidden();
      for (const title of ['Current load per responder', 'Open tasks per responder over time']) {
        const chart = analytics.chart(title, analytics.loadPanel);
        const drawing = chart.locator('.recharts-wrapper');
        await expect(drawing).toBeVisible();
        expect(await chart.evaluate((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
        await expectShown(drawing, chart, 100);
      }
      const legend = analytics.chart('Open tasks per responder over time', analytics.loadPanel);
      for (const name of ['Alice Martin', 'Erin Sato']) {
        await expect(legend.locator('.recharts-legend-item').filter({ hasText: name })).toBeInViewport({
          ratio: 1,
        });
      }
      await page.screenshot({ path: resolve(screenshots, `load-${size.width}x${size.height}.png`) });
      expect(await pageScrolls()).toEqual({ down: false, sideways: false });
      await analytics.hideLoadCharts();
      await expect(tasks).toBeInViewport({ ratio: 1 });
    });
  });
}

test('at 1366×768 the app bar is one row', async () => {
  await page.setViewportSize(sizes[0]);
  const bar = cockpit.bar;
  const declare = bar.getByRole('button', { name: 'Declare incident' });
  const theme = bar.getByRole('button', { name: 'Switch between dark and light theme' });
  const title = bar.getByRole('heading', { name: 'Checkout API returns 500' });
  const middle = async (l: Locator) => {
    const box = await l.boundingBox();
    return box === null ? -1 : box.y + box.height / 2;
  };
  const row = await middle(declare);
  expect(Math.abs((await middle(theme)) - row)).toBeLessThan(4);
  expect(Math.abs((await middle(title)) - row)).toBeLessThan(4);
  expect((await bar.boundingBox())?.height ?? 0).toBeLessThanOrEqual(64);
});

// The README's picture of the cockpit is taken here, from the real app, so it never drifts from it: the
// one-screen cockpit two hours into an incident, on a common laptop-monitor size. It reuses the incident the
// checks above were made on (they leave no panel enlarged and nothing open).
test('a cockpit mid-incident, for the README', async () => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await leaveFields();
  await cockpit.changeStatus('Identified');
  await cockpit.line('Roll back release 4.2 to 4.1').getByRole('button', { name: 'Star entry' }).click();
  await expect(new Roster(page).fatigue('Bob Chen')).toHaveText('Tired');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // Typing in the log scrolled its column; the picture starts each column at the top.
    for (const element of document.querySelectorAll('main *'))
      if (element.scrollTop > 0) element.scrollTop = 0;
  });
  await page.screenshot({ path: resolve(import.meta.dirname, '../../assets/cockpit.png') });
});

test('the storage warning, once dismissed, stays dismissed after a reload', async ({
  page: fresh,
  webHost,
}) => {
  const desk = new Cockpit(fresh, webHost.url);
  await desk.open();
  const warning = fresh.getByRole('alert').filter({ hasText: 'may clear War Room’s data' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await expect(warning).toHaveCount(0);
  await fresh.reload();
  await desk.declare({ title: 'Disk filling up', commander: 'Alice' });
  await expect(fresh.getByRole('heading', { name: 'Disk filling up', level: 1 })).toBeVisible();
  await expect(warning).toHaveCount(0);
});
