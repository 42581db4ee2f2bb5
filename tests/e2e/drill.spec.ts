import { expect, test } from './fixtures';
import { Analytics } from './pages/Analytics';
import { Broadcasts } from './pages/Broadcasts';
import { Palette } from './pages/Palette';
import { Postmortem } from './pages/Postmortem';
import { TaskBoard } from './pages/TaskBoard';

// The shipped Cloudflare scenario (2019-07-02), from 10:00 UTC: Monitoring reports 502s at 0:00 and the
// ops lead is given a WAF task in time; Customer support asks what to say at 1:30 and nobody sends an
// update, so its contingency comes at 5:00 and the update goes (to the drill, never to Slack) only then;
// the game master ends the drill at 6:00.
const cpu = 'CPU is close to 100% on the machines that handle HTTP and HTTPS traffic worldwide.';
const cpuContingency = 'Traffic through the network has dropped by about 80%.';
const support = "Customers' sites show our 502 error page. What do we say?";
const newRule = 'A new rule was deployed to the WAF Managed Rules just before the outage';
const supportContingency = 'Customers ask why our status page says nothing yet.';

test('a whole drill: injects on time, a contingency for the missing update, an update kept in the drill, the end, the retrospective added to the postmortem, and analytics that count only who led it', async ({
  page,
  cockpit,
  slack,
}) => {
  await page.clock.install({ time: new Date('2026-12-03T10:00:00Z') });
  await cockpit.open();

  await new Palette(page).run('Start a drill');
  const start = page.getByRole('dialog', { name: 'Start a drill' });
  await cockpit.pick(start.getByRole('combobox', { name: 'Scenario' }), 'Cloudflare 502 errors worldwide');
  await start.getByLabel('Who plays IC').fill('Alex');
  await start.getByRole('button', { name: 'Start the drill' }).click();
  await expect(start).toBeHidden();
  await expect(
    cockpit.bar.getByRole('heading', { name: 'Cloudflare 502 errors worldwide', level: 1 }),
  ).toBeVisible();

  // 0:00: the first inject is in the players' log at once; the ops lead's task answers it in time.
  await expect(cockpit.log).toContainText(cpu);
  await page.clock.fastForward('01:00');
  await new TaskBoard(page).create({ title: 'Roll back the WAF rule deploy', owner: 'Alex' });

  // 1:30: Customer support asks; nobody sends an update yet.
  await page.clock.fastForward('00:40');
  await expect(cockpit.log).toContainText(support);

  // By 4:45 the 3:30 inject has come, the task's 3:00 contingency has not (its response came in time),
  // and the update's is not due yet.
  await page.clock.fastForward('03:05');
  await expect(cockpit.log).toContainText(newRule);
  await expect(cockpit.log).not.toContainText(cpuContingency);
  await expect(cockpit.log).not.toContainText(supportContingency);

  // 5:00: the update's contingency comes because it is missing.
  await page.clock.fastForward('00:20');
  await expect(cockpit.log).toContainText(supportContingency);

  // The communications lead answers at last: the update stays in the drill, and Slack receives nothing.
  const broadcasts = new Broadcasts(page);
  await broadcasts.connect(slack.url);
  await broadcasts.openComposer();
  await expect(broadcasts.composer.getByTestId('drill-destination')).toHaveText(
    /stays in War Room, delivered to the drill/,
  );
  await broadcasts.composer.getByRole('button', { name: 'Tactical' }).click();
  await broadcasts.section('Conditions').fill('502s worldwide; the WAF rule is being rolled back');
  await broadcasts.composer.getByRole('button', { name: 'Send to the drill' }).click();
  await expect(broadcasts.composer).toBeHidden();
  await expect(
    page.getByText('Update delivered to the drill (kept in War Room, not sent to Slack)'),
  ).toBeVisible();
  expect(slack.server.state.requests.filter((r) => r.method === 'chat.postMessage')).toEqual([]);

  // 6:00: the business side agrees it is resolved; the game master ends the drill.
  await page.clock.fastForward('01:00');
  const retroButton = cockpit.bar.getByRole('button', { name: 'Retrospective' });
  await expect(retroButton).toHaveCount(0);
  await new Palette(page).run('Game master view');
  const gm = page.getByRole('dialog', { name: /^Game master: / });
  await gm.getByRole('button', { name: 'End: the business side agrees it is resolved' }).click();
  await expect(gm.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await gm.getByRole('button', { name: 'Close' }).click();
  await expect(gm).toBeHidden();

  // The IC drafts the postmortem before the team has met: no drill section yet.
  const postmortem = new Postmortem(page);
  await postmortem.open();
  await postmortem.dialog.getByRole('button', { name: 'Draft the postmortem' }).click();
  await expect(postmortem.section('Summary')).toContainText('This was a drill.');
  await expect(postmortem.section('The drill and its retrospective')).toHaveCount(0);
  await postmortem.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(postmortem.dialog).toBeHidden();

  // The retrospective, from the keyboard: the first answer has focus, Tab goes through the rest.
  await page.clock.fastForward('10:00');
  await new Palette(page).run('Retrospective');
  const retro = page.getByRole('dialog', {
    name: 'Retrospective of the drill “Cloudflare 502 errors worldwide”',
  });
  await expect(retro.getByRole('textbox', { name: 'What went well' })).toBeFocused();
  await page.keyboard.type('The WAF task went out within a minute');
  await retro.getByRole('textbox', { name: 'What was lucky' }).fill('Only one region was busy');
  await retro.getByRole('textbox', { name: 'What to improve' }).fill('Name a communications lead first');
  const supportCard = retro.getByRole('region', { name: 'At 1:30 · Communications lead' });
  await expect(supportCard).toContainText(support);
  await expect(supportCard.getByLabel('Verdict: Late: the contingency came')).toBeVisible();
  await expect(supportCard).toContainText('Its contingency came because the response had not.');
  await supportCard.getByRole('textbox', { name: 'Note on the inject at 1:30' }).fill('Nobody owned updates');
  const cpuCard = retro.getByRole('region', { name: 'At 0:00 · Ops lead' });
  await expect(cpuCard.getByLabel('Verdict: In time')).toBeVisible();
  await expect(cpuCard).toContainText('Roll back the WAF rule deploy → Alex, 1 min after');
  await retro.getByRole('button', { name: 'Save the retrospective' }).click();
  await expect(retro.getByRole('status')).toHaveText(
    'Retrospective saved. The postmortem draft includes it. Ended by the game master at 10:06 UTC · Last saved at 10:16 UTC by Alex',
  );
  await retro.getByRole('button', { name: 'Close' }).click();
  await expect(retro).toBeHidden();

  // The draft takes it in when the IC adds it.
  await postmortem.open();
  await postmortem.dialog.getByRole('button', { name: 'Add the drill and its retrospective' }).click();
  const drill = postmortem.section('The drill and its retrospective');
  await expect(drill).toContainText('Cloudflare 502 errors worldwide');
  await expect(drill).toContainText('Built from Cloudflare');
  await expect(drill).toContainText('The WAF task went out within a minute');
  await expect(drill).toContainText('Name a communications lead first');
  await expect(drill).toContainText('Nobody owned updates');
  await expect(drill).toContainText('Late: the contingency came');
  const markdown = await postmortem.exportMarkdown();
  expect(markdown).toContain('## The drill and its retrospective');
  expect(markdown).toContain('| Late: the contingency came | Nobody owned updates |');
  await page.keyboard.press('Escape');
  await expect(postmortem.dialog).toBeHidden();

  // Cross-incident analytics leave the drill out; who led it is counted all the same.
  const view = await new Analytics(page).openView();
  await expect(view.getByText('Nobody was on an incident in this period.')).toBeVisible();
  const practice = view.getByRole('table', { name: 'Who has led drills' });
  await expect(new Analytics(page).row(practice, 'Alex')).toHaveText(['1', 'Dec 3, 2026']);
  await view.getByRole('checkbox', { name: 'Include drills' }).check();
  await expect(view.getByText('Nobody was on an incident in this period.')).toHaveCount(0);
});
