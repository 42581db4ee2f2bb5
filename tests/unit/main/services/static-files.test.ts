import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile, resolveStaticPath } from '../../../../main/services/static-files';

describe('static file paths', () => {
  it('serves files under the root and index.html for app routes', () => {
    expect(resolveStaticPath('/app', '/assets/index.js')).toBe('/app/assets/index.js');
    expect(resolveStaticPath('/app', '/')).toBe('/app/index.html');
    expect(resolveStaticPath('/app', '/incidents/123')).toBe('/app/index.html');
  });
  it('refuses to leave the root, encoded or not', () => {
    expect(resolveStaticPath('/app', '/../etc/passwd.txt')).toBeNull();
    expect(resolveStaticPath('/app', '/%2e%2e/%2e%2e/etc/shadow.txt')).toBeNull();
    expect(resolveStaticPath('/app', '/a%00.js')).toBeNull();
    expect(resolveStaticPath('/app', '/%E0%A4%A.js')).toBeNull();
  });
});

describe('reading a static file', () => {
  const outside = mkdtempSync(join(tmpdir(), 'war-room-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'not for the page');
  const root = mkdtempSync(join(tmpdir(), 'war-room-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'ok');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  symlinkSync(outside, join(root, 'linked'));
  symlinkSync(join(root, 'assets', 'app.js'), join(root, 'alias.js'));

  it('serves a real file inside the renderer folder', async () => {
    expect((await readStaticFile(root, join(root, 'assets', 'app.js')))?.toString()).toBe('ok');
  });
  it('does not follow a symbolic link out of the renderer folder', async () => {
    expect(await readStaticFile(root, join(root, 'assets', 'leak.txt'))).toBeNull();
    expect(await readStaticFile(root, join(root, 'linked', 'secret.txt'))).toBeNull();
  });
  it('serves only files: a folder is not found', async () => {
    expect(await readStaticFile(root, join(root, 'assets'))).toBeNull();
  });
  it('still serves a link that stays inside the folder', async () => {
    expect((await readStaticFile(root, join(root, 'alias.js')))?.toString()).toBe('ok');
  });
});
