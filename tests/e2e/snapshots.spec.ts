import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost } from '../../main/web-host';
import { Backup } from './pages/Backup';
import { Cockpit } from './pages/Cockpit';
import { Palette } from './pages/Palette';

const rendererFolder = resolve(
  process.env.WARROOM_RENDERER_DIR ?? resolve(import.meta.dirname, '../../dist/renderer'),
);

/** A browser host of its own per test: the snapshot folder holds only what this test's desk saved. */
const test = base.extend<{ desk: { cockpit: Cockpit; backups: string } }>({
  desk: async ({ page }, use) => {
    const dataFolder = await mkdtemp(join(tmpdir(), 'war-room-e2e-snapshots-'));
    const host = await startWebHost({ port: 0, dataFolder, rendererFolder });
    await use({ cockpit: new Cockpit(page, host.url), backups: join(dataFolder, 'backups') });
    await host.close();
    await rm(dataFolder, { recursive: true, force: true });
  },
});

const backups = (page: Page) => page.getByRole('dialog', { name: /^(Backups|Restore this snapshot\?)$/ });
const snapshots = (page: Page) =>
  backups(page).getByRole('list', { name: 'Snapshots, newest first' }).getByRole('button');

test.beforeEach(async ({ page, desk }) => {
  await page.clock.install();
  await desk.cockpit.open();
  await desk.cockpit.declare({ title: 'Payments down', commander: 'Alice' });
  await desk.cockpit.addEntry('Fact', 'Error rate 40% on checkout');
  await expect(desk.cockpit.line('Error rate 40% on checkout')).toBeVisible();
  await page.clock.fastForward('15:00');
});

test('a snapshot is saved while the IC works, and restoring it after confirming undoes what came later', async ({
  page,
  desk,
}) => {
  const palette = new Palette(page);
  await palette.run('Backups');
  await expect(snapshots(page)).toHaveCount(1);
  await expect(snapshots(page).first()).toHaveAccessibleName(/Every 15 minutes · \d+ KB$/);
  await backups(page).getByRole('button', { name: 'Close' }).click();

  await desk.cockpit.addEntry('Decision', 'Roll back the release');
  await expect(desk.cockpit.line('Roll back the release')).toBeVisible();
  await palette.run('Backups');
  await expect(snapshots(page).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(backups(page)).toContainText(
    /Replace everything on this desktop with the snapshot from .+\? The current state is saved first as a snapshot\./,
  );
  await backups(page).getByRole('button', { name: 'Restore' }).click();
  await expect(backups(page).getByRole('status')).toHaveText(
    /Restored the snapshot from .+ \(\d+ events\)\./,
  );
  await expect(snapshots(page)).toHaveCount(2);
  await expect(snapshots(page).first()).toHaveAccessibleName(/Before a restore/);
  await backups(page).getByRole('button', { name: 'Close' }).click();

  await expect(desk.cockpit.line('Error rate 40% on checkout')).toBeVisible();
  await expect(desk.cockpit.line('Roll back the release')).toHaveCount(0);
});

test('a broken snapshot is refused with what is wrong, and nothing changes', async ({ page, desk }) => {
  await expect
    .poll(async () => (await readdir(desk.backups).catch(() => [])).filter((n) => n.endsWith('.json')).length)
    .toBe(1);
  // What a disk error or a hand edit leaves: a newer snapshot's name over text that is no backup.
  const broken = `snapshot-${new Date(Date.now() + 60_000).toISOString().replace(/[:.]/g, '-')}-scheduled.json`;
  await writeFile(join(desk.backups, broken), '{"format":"war-room-backup","formatVersion":1,"events":[');
  await desk.cockpit.addEntry('Decision', 'Roll back the release');

  await new Palette(page).run('Backups');
  await expect(snapshots(page)).toHaveCount(2);
  await snapshots(page).first().click();
  await backups(page).getByRole('button', { name: 'Restore' }).click();
  await expect(backups(page).getByRole('alert')).toHaveText(
    /was refused and this desktop is unchanged: This file is not valid JSON at line:column 1:\d+/,
  );
  await expect(snapshots(page)).toHaveCount(2); // no before-restore snapshot either
  await backups(page).getByRole('button', { name: 'Close' }).click();
  await expect(desk.cockpit.line('Roll back the release')).toBeVisible();
});

test('an import first saves the state before it, so Backups can undo the import', async ({ page, desk }) => {
  const palette = new Palette(page);
  await desk.cockpit.addEntry('Decision', 'Roll back the release');
  await palette.run('Backups');
  await snapshots(page).first().click();
  await backups(page).getByRole('button', { name: 'Restore' }).click();
  await expect(snapshots(page)).toHaveCount(2);
  await backups(page).getByRole('button', { name: 'Close' }).click();
  await expect(desk.cockpit.line('Roll back the release')).toHaveCount(0);

  // The state saved before the restore is a whole backup file: importing it brings the decision back.
  const beforeRestore = (await readdir(desk.backups)).find((name) => name.endsWith('-before-restore.json'));
  const backup = new Backup(page);
  await palette.run('Import backup');
  // Straight into the dialog's file input: the palette's Enter can reach the focused chooser button and open
  // the file chooser before a test could wait for it (Backup.choose then waits forever).
  await backup.importDialog
    .locator('input[type="file"]')
    .setInputFiles(join(desk.backups, beforeRestore ?? ''));
  await backup.confirm();
  await backup.importDialog.getByRole('button', { name: 'Close' }).click();
  await expect(desk.cockpit.line('Roll back the release')).toBeVisible();

  await palette.run('Backups');
  await expect(snapshots(page)).toHaveCount(3);
  await expect(snapshots(page).first()).toHaveAccessibleName(/Before an import/);
});
