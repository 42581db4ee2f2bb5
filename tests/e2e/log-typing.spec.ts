import { expect, test } from './fixtures';

test.describe('a fast scribe', () => {
  test.beforeEach(async ({ cockpit }) => {
    await cockpit.open();
    await cockpit.declare({ title: 'Payments failing', commander: 'Alice' });
  });

  test('ten entries typed back to back with no pause are all stored, in order', async ({ cockpit }) => {
    const entries = Array.from({ length: 10 }, (_, i) => `Observation number ${i + 1} from the floor`);
    const box = cockpit.log.getByLabel('Entry', { exact: true });
    await box.click();
    // Each Enter saves while the next entry is already being typed: nothing may be overwritten.
    await box.pressSequentially(entries.map((e) => `${e}\n`).join(''));

    // Ten entries under the declaration and the commander's check-in.
    await expect(cockpit.logLines).toHaveCount(12);
    await expect(cockpit.log.getByTestId('log-count')).toHaveText('12 entries');
    await expect(box).toHaveValue('');
    const newestFirst = [...entries].reverse().map((e) => `Fact: ${e}`);
    for (const [index, name] of newestFirst.entries())
      await expect(cockpit.logLines.nth(index)).toHaveAccessibleName(name);
  });
});
