import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../../main/services/static-files';

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
