import { lazyPart } from '../../app/lazyPart';
import type { Incident } from '../../domain/incident/types';

/**
 * The shared war room in the cockpit: the palette's "Shared war room…", its dialog, and the line under
 * the incident list that runs the sync loop (RoomParts.tsx), fetched just after the first screen.
 */
export const RoomLine = lazyPart(() => import('./parts').then((m) => m.RoomParts));

/** The wall display and its palette action (features/wall/WallHost.tsx), fetched with the room's parts. */
export const Wall = lazyPart<{ incident: Incident | null }>(() => import('./parts').then((m) => m.WallHost));
