import { describe, expect, it, vi } from 'vitest';

describe('zod under the page’s CSP', () => {
  it('never compiles a parser with new Function once the renderer entry has set jitless', async () => {
    // Fresh modules, so zod loads after the switch exactly as in the renderer (main.tsx imports it first).
    vi.resetModules();
    await import('../../../renderer/src/zod-jitless');
    const { z } = await import('zod');
    const { util } = await import('zod/v4/core');
    const compile = vi.spyOn(globalThis, 'Function');

    const schema = z.object({ title: z.string(), severity: z.enum(['SEV-1', 'SEV-2']) });
    expect(schema.parse({ title: 'Checkout errors', severity: 'SEV-1' })).toEqual({
      title: 'Checkout errors',
      severity: 'SEV-1',
    });

    expect(z.config().jitless).toBe(true);
    expect(util.allowsEval.value).toBe(false);
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
  });
});
