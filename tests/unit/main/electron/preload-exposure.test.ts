/**
 * What the sandboxed page receives from the preload (Electron checklist item 20): `window.warroom` and
 * nothing else, one function per contract method, each calling only its own IPC channel. The preload
 * runs with a recording stand-in for `electron`, which cannot run here.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../../preload/contract';

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; input: unknown }[],
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => recorded.exposed.set(name, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      recorded.invoked.push({ channel, input });
      return { ok: true, value: channel };
    },
  },
}));

type Exposed = Record<string, unknown>;
const bridge = (): Exposed => recorded.exposed.get('warroom') as Exposed;

beforeAll(async () => {
  await import('../../../../preload/index');
});

describe('the preload', () => {
  it('exposes window.warroom only', () => {
    expect([...recorded.exposed.keys()]).toEqual(['warroom']);
  });

  it("holds exactly the contract's methods, each a function and nothing else", () => {
    expect(Object.keys(bridge()).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof bridge()[name], name).toBe('function');
    expect(bridge()).not.toHaveProperty('invoke');
    expect(bridge()).not.toHaveProperty('ipcRenderer');
  });

  it('sends each method over its own channel with the input as given', async () => {
    for (const name of methodNames) {
      const call = bridge()[name] as (input: unknown) => Promise<unknown>;
      expect(await call({ probe: name })).toEqual({ ok: true, value: name });
    }
    expect(recorded.invoked).toEqual(methodNames.map((name) => ({ channel: name, input: { probe: name } })));
  });
});
