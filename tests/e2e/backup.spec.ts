/**
 * Moving an incident to a colleague's desktop: exported from one browser profile, imported in a second
 * (a fresh profile is another desktop), through the palette and the import dialog only.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Backup, type SavedBackup } from './pages/Backup';
import { Cockpit } from './pages/Cockpit';
import { Roster } from './pages/Roster';

const declaredAt = new Date('2026-11-24T09:00:00Z');

/** The first desktop: an incident with an entry in its log, exported from the palette. */
async function exportedIncident(page: Page, cockpit: Cockpit): Promise<SavedBackup> {
  await page.clock.install({ time: declaredAt });
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', commander: 'Alice' });
  await cockpit.addEntry('Fact', 'Error rate 40% on checkout');
  await expect(cockpit.line('Error rate 40% on checkout')).toBeVisible();
  return new Backup(page).export('Export this incident');
}

/** The colleague's desktop: a second, empty profile on the same host, an hour later. */
async function colleaguesDesktop(browser: Browser, url: string): Promise<{ page: Page; cockpit: Cockpit }> {
  const page = await (await browser.newContext()).newPage();
  await page.clock.install({ time: new Date(declaredAt.getTime() + 3_600_000) });
  const cockpit = new Cockpit(page, url);
  await cockpit.open();
  return { page, cockpit };
}

test('“Export this incident” downloads one file named after the incident and the time', async ({
  page,
  cockpit,
}) => {
  const saved = await exportedIncident(page, cockpit);
  expect(saved.name).toBe('incident-payments-down-2026-11-24-0900.warroom-backup.json');
  const file = JSON.parse(saved.text) as { format: string; scope: { kind: string; title: string } };
  expect(file.format).toBe('war-room-backup');
  expect(file.scope).toMatchObject({ kind: 'incident', title: 'Payments down' });
});

test('an incident imported on another desktop shows what is new, then its log and roster', async ({
  page,
  cockpit,
  browser,
  webHost,
}) => {
  const saved = await exportedIncident(page, cockpit);
  const colleague = await colleaguesDesktop(browser, webHost.url);
  const backup = new Backup(colleague.page);
  await backup.choose(saved.path);
  const preview = backup.importDialog.getByRole('table', { name: 'Incidents' });
  await expect(preview.getByRole('row', { name: /Payments down/ })).toContainText('New here');
  await expect(backup.importDialog).toContainText('People: 1 new');

  await expect(await backup.confirm()).toHaveText(/^Imported \d+ events \(0 already here\)\.$/);
  await backup.importDialog.getByRole('button', { name: 'Open “Payments down”' }).click();
  await expect(backup.importDialog).toBeHidden();
  await expect(colleague.cockpit.bar.getByRole('heading', { name: 'Payments down' })).toBeVisible();
  await expect(colleague.cockpit.line('Error rate 40% on checkout')).toBeVisible();
  await expect(new Roster(colleague.page).card('Alice')).toBeVisible();
  await expect(backup.incidentList).toHaveText([/Payments down/]);
});

test('importing the same file a second time adds nothing', async ({ page, cockpit, browser, webHost }) => {
  const saved = await exportedIncident(page, cockpit);
  const colleague = await colleaguesDesktop(browser, webHost.url);
  const backup = new Backup(colleague.page);
  await backup.choose(saved.path);
  await backup.confirm();
  await backup.importDialog.getByRole('button', { name: 'Close' }).click();
  await expect(backup.importDialog).toBeHidden();

  await backup.choose(saved.path);
  const preview = backup.importDialog.getByRole('table', { name: 'Incidents' });
  await expect(preview.getByRole('row', { name: /Payments down/ })).toContainText('Already here');
  await expect(backup.importDialog).toContainText('This file was already imported here on');
  await expect(await backup.confirm()).toHaveText(/^Nothing new: all \d+ events were already here\.$/);
  await backup.importDialog.getByRole('button', { name: 'Close' }).click();
  await expect(backup.incidentList).toHaveCount(1);
  await expect(colleague.cockpit.logLines.filter({ hasText: 'Error rate 40% on checkout' })).toHaveCount(1);
});

test('a changed or cut-short file is refused with what is wrong, and nothing is imported', async ({
  page,
  cockpit,
}, testInfo) => {
  const saved = await exportedIncident(page, cockpit);
  const changed = testInfo.outputPath('changed.warroom-backup.json');
  await writeFile(changed, saved.text.replace('Error rate 40%', 'Error rate 4%'));
  const cut = testInfo.outputPath('cut.warroom-backup.json');
  await writeFile(cut, saved.text.slice(0, Math.floor(saved.text.length / 2)));
  const entries = await cockpit.logLines.count();

  const backup = new Backup(page);
  await backup.choose(changed);
  const refusal = backup.importDialog.getByRole('alert');
  await expect(refusal).toHaveText(/^changed\.warroom-backup\.json: .*its checksum does not match\./);
  await backup.chooseAnother(cut);
  await expect(refusal).toHaveText(
    /^cut\.warroom-backup\.json: This file is not valid JSON at line:column \d+:\d+: the text ends too early/,
  );
  await page.keyboard.press('Escape');
  await expect(backup.importDialog).toBeHidden();
  await expect(backup.incidentList).toHaveCount(1);
  await expect(cockpit.logLines).toHaveCount(entries);
});

test('a file from a newer War Room, or naming someone nobody has, is refused and the list stays as it was', async ({
  page,
  cockpit,
}) => {
  const fixtures = resolve(import.meta.dirname, '../fixtures/backups');
  await cockpit.open();
  await cockpit.declare({ title: 'Payments down', commander: 'Alice' });
  const backup = new Backup(page);
  await backup.choose(join(fixtures, 'future-version.json'));
  const refusal = backup.importDialog.getByRole('alert');
  await expect(refusal).toHaveText(
    'future-version.json: This backup was made by a newer War Room (format 2). Update War Room to import it. Nothing was imported.',
  );
  // Read and parsed fine: refused by the preview, against this desktop's directory.
  await backup.chooseAnother(join(fixtures, 'dangling-person.json'));
  await expect(refusal).toHaveText(
    /^dangling-person\.json: The event at events\[4\]\.payload\.personId names a person who is neither in this file nor on this desktop/,
  );
  await backup.importDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(backup.importDialog).toBeHidden();
  await expect(backup.incidentList).toHaveText([/Payments down/]);
});
