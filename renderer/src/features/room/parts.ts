/**
 * The shared war room's parts, in one chunk fetched just after the first screen (the room line is always
 * mounted): the palette entry and its dialog, the line under the incident list with the sync loop, and
 * the wall display for the room's big screen. Their strings come with them.
 */
import { addRoomStrings } from './roomStrings';

addRoomStrings();

export { RoomParts } from './RoomParts';
export { WallHost } from '../wall/WallHost';
