/**
 * What the sandboxed page receives from the preload (Electron checklist item 20): `window.warroom`, one
 * function per contract method, each calling only its own IPC channel, and `window.warroomPush`, which
 * only listens on the push channel; nothing else. The preload
 * runs with a recording stand-in for `electron`, which cannot run here.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../../../preload/contract';

const recorded = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as { channel: string; input: unknown }[],
  listening: new Map<string, Set<(event: unknown, message: unknown) => void>>(),
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
    on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
      const set = recorded.listening.get(channel) ?? new Set();
      set.add(listener);
      recorded.listening.set(channel, set);
    },
    removeListener: (channel: string, listener: (event: unknown, message: unknown) => void) => {
      recorded.listening.get(channel)?.delete(listener);
    },
  },
}));

type Exposed = Record<string, unknown>;
const bridge = (): Exposed => recorded.exposed.get('warroom') as Exposed;

beforeAll(async () => {
  await import('../../../../preload/index');
});

describe('the preload', () => {
  it('exposes window.warroom and window.warroomPush only', () => {
    expect([...recorded.exposed.keys()]).toEqual(['warroom', 'warroomPush']);
  });

  it('lets the page listen on the push channel and stop, and nothing else', () => {
    const push = recorded.exposed.get('warroomPush') as {
      subscribe: (l: (m: unknown) => void) => () => void;
    };
    expect(Object.keys(push)).toEqual(['subscribe']);
    const heard: unknown[] = [];
    const stop = push.subscribe((message) => heard.push(message));
    expect([...recorded.listening.keys()]).toEqual(['warroom:push']);
    for (const listener of recorded.listening.get('warroom:push') ?? [])
      listener({ sender: 'main' }, { kind: 'room-changed' });
    // The IPC event (which carries the sender) never reaches the page, only the message.
    expect(heard).toEqual([{ kind: 'room-changed' }]);
    stop();
    expect(recorded.listening.get('warroom:push')?.size).toBe(0);
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
