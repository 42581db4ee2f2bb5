import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../../main/handlers';
import { browserHostPlatform } from '../../../../main/services/browser-platform';

function desk() {
  const dataFolder = mkdtempSync(join(tmpdir(), 'war-room-backups-'));
  const identity = { name: 'War Room', version: '1.2.3', dataFolder, transport: 'browser-host' } as const;
  return { dataFolder, table: createHandlers({ identity, platform: browserHostPlatform(dataFolder) }) };
}

describe('snapshots over the bridge', () => {
  it('keeps a snapshot in the data folder’s backups/, lists it and reads it back', async () => {
    const { dataFolder, table } = desk();
    const written = await dispatch(table, 'backups:write-snapshot', {
      content: '{"format":"war-room-backup"}',
      reason: 'before-import',
    });
    expect(written).toMatchObject({ ok: true, value: { bytes: 28 } });
    if (!written.ok) return;
    const { name, createdAt } = written.value as { name: string; createdAt: string };
    expect(name).toMatch(/^snapshot-.*-before-import\.json$/);
    expect(readdirSync(join(dataFolder, 'backups'))).toEqual([name]);

    expect(await dispatch(table, 'backups:list', {})).toEqual({
      ok: true,
      value: { snapshots: [{ name, createdAt, bytes: 28, reason: 'before-import' }] },
    });
    expect(await dispatch(table, 'backups:read', { name })).toEqual({
      ok: true,
      value: { content: '{"format":"war-room-backup"}' },
    });
  });

  it('lists nothing before the first snapshot', async () => {
    expect(await dispatch(desk().table, 'backups:list', {})).toEqual({ ok: true, value: { snapshots: [] } });
  });

  it('refuses names that leave the folder, links, unknown reasons and empty snapshots, writing nothing', async () => {
    const { dataFolder, table } = desk();
    for (const name of ['../secure/slack-token', '/etc/passwd', '..', 'slack-settings.json'])
      expect(await dispatch(table, 'backups:read', { name })).toMatchObject({
        ok: false,
        error: { code: 'bad_input' },
      });
    writeFileSync(join(dataFolder, 'elsewhere.json'), 'not a snapshot');
    await dispatch(table, 'backups:write-snapshot', { content: '{}', reason: 'scheduled' });
    const planted = 'snapshot-2099-01-01T00-00-00-000Z-scheduled.json';
    symlinkSync(join(dataFolder, 'elsewhere.json'), join(dataFolder, 'backups', planted));
    expect(await dispatch(table, 'backups:read', { name: planted })).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(
      await dispatch(table, 'backups:write-snapshot', { content: '{}', reason: 'whenever' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    expect(
      await dispatch(table, 'backups:write-snapshot', { content: '', reason: 'scheduled' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad_input' },
    });
    const listed = await dispatch(table, 'backups:list', {});
    expect(listed.ok && (listed.value as { snapshots: unknown[] }).snapshots).toHaveLength(1);
  });
});
