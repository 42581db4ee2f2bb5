import { z } from 'zod';

/**
 * What main tells the renderer without being asked: a typed message on the push channel (IPC on the
 * desktop; a server-sent-events stream in the browser host). A message only says that something changed
 * and where to look; the renderer then asks through the contract's methods, so a lost push costs a moment
 * (the renderer also asks on its own every few seconds), never an event.
 */
export const pushMessageSchema = z.discriminatedUnion('kind', [
  /** The room's stream has new events (another desk's or this desk's own): read after the last applied. */
  z.object({ kind: z.literal('room-changed') }).strict(),
]);

export type PushMessage = z.infer<typeof pushMessageSchema>;

/** The channel name the desktop's preload listens on. */
export const pushChannel = 'warroom:push';

/** What the desktop's preload exposes next to `window.warroom`: one way to listen, nothing else. */
export type WarRoomPush = { subscribe: (listener: (message: unknown) => void) => () => void };
